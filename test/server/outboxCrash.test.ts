import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { addUserTo } from '../../scripts/lib/store';
import { GROUP_2, callInFixture, vangdalen } from '../support/callInFixture';
import { startServerProcess } from '../support/process';
import { Client, PASSWORD } from '../support/server';
import { startSmtp } from '../support/smtp';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-outbox-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// The real server as a process, killed with SIGKILL the moment the incident is acknowledged:
// its mails were committed with it, not yet sent (the outbox looks every 5 s).
it(
  'loses no mail and sends none twice when the server is killed between commit and send',
  { timeout: 60_000 },
  async () => {
    const smtp = await startSmtp();
    try {
      const seedFile = path.join(dataDir, 'seed.json');
      fs.writeFileSync(seedFile, JSON.stringify(callInFixture));
      const env = { DATA_DIR: dataDir, SEED_FILE: seedFile, SMTP_URL: smtp.url };
      // The first start lays the store out from the seed; the user is added while it is stopped.
      await (await startServerProcess(env)).stop();
      await addUserTo(dataDir, { username: 'skriver', role: 'editor', password: PASSWORD });
      const first = await startServerProcess(env);
      const client = new Client(first.url);
      expect((await client.post('/api/auth/login', { username: 'skriver', password: PASSWORD })).status).toBe(
        200,
      );
      const res = await client.post('/api/incidents', vangdalen());
      expect(res.status).toBe(201);
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      const beforeRestart = smtp.received.length;

      const second = await startServerProcess(env);
      try {
        const mails = await smtp.waitFor(3, 20_000);
        // One more round of the outbox: nothing else comes.
        await new Promise((r) => setTimeout(r, 6_000));
        console.log(
          `outbox kill -9: ${beforeRestart} mails sent before the kill, ${smtp.received.length} after the restart`,
        );
        expect(mails.flatMap((m) => m.to).sort()).toEqual(GROUP_2);
        expect(smtp.received).toHaveLength(3);
      } finally {
        await second.stop();
      }
    } finally {
      await smtp.close();
    }
  },
);
