import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { GROUP_2, callInFixture, vangdalen } from '../support/callInFixture';
import { freshDatabase } from '../support/postgres';
import { startServerProcess } from '../support/process';
import { Client, PASSWORD, everyProgramme } from '../support/server';
import { startSmtp } from '../support/smtp';

const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-pg-outbox-'));
afterAll(() => fs.rmSync(seedDir, { recursive: true, force: true }));

// Two server processes on one database both run an outbox: a mail is claimed in a commit
// before it is sent, so of the two only one sends it.
it('sends each mail once when two processes share the outbox', { timeout: 90_000 }, async () => {
  const database = await freshDatabase();
  const smtp = await startSmtp();
  fs.writeFileSync(path.join(seedDir, 'seed.json'), JSON.stringify(callInFixture));
  const env = { DATABASE_URL: database.url, SEED_FILE: path.join(seedDir, 'seed.json'), SMTP_URL: smtp.url };
  const a = await startServerProcess(env);
  const b = await startServerProcess(env);
  try {
    const password = /Adgangskode: (\S+)/.exec(a.output() + b.output())![1]!;
    const admin = new Client(a.url);
    expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
    expect(
      (
        await admin.post('/api/users', {
          username: 'editor',
          role: 'editor',
          memberships: await everyProgramme(admin, 'editor'),
          password: PASSWORD,
        })
      ).status,
    ).toBe(201);
    const editors = await Promise.all(
      [a, b].map(async (server) => {
        const client = new Client(server.url);
        expect(
          (await client.post('/api/auth/login', { username: 'editor', password: PASSWORD })).status,
        ).toBe(200);
        return client;
      }),
    );
    const created = await Promise.all(
      [0, 1, 2, 3].map((n) => editors[n % 2]!.post('/api/incidents', vangdalen({ involvedCount: n + 1 }))),
    );
    expect(created.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    await smtp.waitFor(12, 30_000);
    // Both outboxes look at least once more: nothing else comes.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(smtp.received).toHaveLength(12);
    const perIncident = new Map<string, string[]>();
    for (const m of smtp.received) {
      const id = /#\/incidents\/(\d+)\/show/.exec(m.mail.text ?? '')![1]!;
      perIncident.set(id, [...(perIncident.get(id) ?? []), ...m.to]);
    }
    expect([...perIncident.values()].map((to) => to.sort())).toEqual(Array(4).fill(GROUP_2));
  } finally {
    await a.stop();
    await b.stop();
    await smtp.close();
    await database.drop();
  }
});
