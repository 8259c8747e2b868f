import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type Running } from '../support/process';
import { Client } from '../support/server';

/**
 * Imports are read in worker threads of a pool of two, reused: six large files at once
 * cannot take the server's memory with them, a user has one file read at a time, and
 * what does not get a worker soon is answered 429 "Prøv igen om lidt".
 */

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-import-'));
const PASSWORD = 'korrekt-hest-batteri';
/** The pool's two workers, and what the server holds beside them, stay well below this. */
const MAX_GROWTH_MB = 250;
let server: Running;
let admin: Client;

/** A CSV near the 700 kB limit: a header and rows of figures, as a housing company's export might be. */
const bigCsv = () => {
  const rows = ['Boligområde;Beboere;Fraflytning'];
  for (let i = 0; rows.join('\r\n').length < 600_000; i++) rows.push(`Område ${i};${1000 + i};${i % 97},5`);
  return Buffer.from(rows.join('\r\n')).toString('base64');
};
const content = bigCsv();

const rssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) / 1024;

async function userClient(username: string): Promise<Client> {
  const created = await admin.post('/api/users', {
    username,
    fullName: username,
    role: 'admin',
    password: PASSWORD,
  });
  expect(created.status).toBe(201);
  const client = new Client(server.url);
  expect((await client.post('/api/auth/login', { username, password: PASSWORD })).status).toBe(200);
  return client;
}

const importAs = (client: Client) =>
  client.post('/api/kpi/import?programmeId=1&year=2024', { filename: 'tal.csv', content });

/** Every answer is a preview, a refusal of the file, or "try again": never a 500. */
function expectSettled(replies: { status: number; body: { message?: string } }[]): number {
  for (const reply of replies) {
    expect([200, 400, 429]).toContain(reply.status);
    if (reply.status === 429) expect(reply.body.message).toMatch(/^Prøv igen om lidt/);
  }
  return replies.filter((r) => r.status === 429).length;
}

beforeAll(async () => {
  server = await startServerProcess({ DATA_DIR: dataDir });
  const password = /Adgangskode: (\S+)/.exec(server.output())![1]!;
  admin = new Client(server.url);
  expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
  // The first worker warms tsx's caches; what the pool then adds is what is measured.
  expect((await importAs(admin)).status).not.toBe(429);
}, 60_000);
afterAll(async () => {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('parallel imports', () => {
  it(
    'read one file at a time per user: the same user’s others are answered 429',
    { timeout: 60_000 },
    async () => {
      const client = await userClient('en-bruger');
      const replies = await Promise.all(Array.from({ length: 6 }, () => importAs(client)));
      const refused = expectSettled(replies);
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(6);
      // Once the file is read, the user may send the next.
      expect((await importAs(client)).status).not.toBe(429);
    },
  );

  it(
    'by six users at once share two workers: the memory grows by two workers at most',
    { timeout: 60_000 },
    async () => {
      // One after another: parallel logins from one address count as guesses until answered.
      const clients: Client[] = [];
      for (let i = 0; i < 6; i++) clients.push(await userClient(`bruger-${i}`));
      const before = rssMb();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 10);
      try {
        expectSettled(await Promise.all(clients.map(importAs)));
      } finally {
        clearInterval(sampler);
      }
      console.log(`six parallel imports: RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB`);
      expect(peak - before).toBeLessThan(MAX_GROWTH_MB);
      // The pool is free again for the next file.
      expect((await importAs(clients[0]!)).status).not.toBe(429);
    },
  );
});
