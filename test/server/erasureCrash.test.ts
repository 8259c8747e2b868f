import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURGE_STEPS } from '../../src/server/store/crashPoint';
import { fixture } from '../support/fixture';
import { ServerExited, startServerProcess, type Running } from '../support/process';
import { Client, listQuery } from '../support/server';

/**
 * An erasure and its purge are several steps: the erasure's commit, the journal closed,
 * the snapshot written, each backup blanked, the journal parts removed, the purge recorded
 * done. A server killed between any two of them, or whose snapshot fails, leaves the
 * erased text nowhere once it has started again.
 */

const SECRET = 'Anmelder: Birthe Hemmeligsen, tlf. 4040 1234';
const SECRET_LATER = 'Rettet: Birthe Hemmeligsen bor i nr. 9';
const KEPT = 'Åben sag: stadig i gang';
/** Closed and more than two years ago by any clock the suite runs on. */
const LONG_AGO = '2023-03-01T18:00:00.000Z';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-erasure-'));
const prepared = path.join(root, 'prepared');
const seedFile = path.join(root, 'seed.json');
let password = '';
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const start = (dataDir: string, env: Record<string, string> = {}) =>
  startServerProcess({ DATA_DIR: dataDir, SEED_FILE: seedFile, ...env });

async function admin(server: Running): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
  return client;
}

/** Every file below DATA_DIR as text: snapshots, journal parts, audit log, backups, leftovers. */
function everything(dataDir: string): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else texts.push(fs.readFileSync(path.join(dir, entry.name), 'utf8'));
  };
  walk(dataDir);
  return texts.join('\n');
}

const incidentBody = (confidentialNotes: string, status: string) => ({
  programmeId: 2,
  areaId: 5,
  occurredAt: LONG_AGO,
  level: 'red',
  category: 'fights',
  activatedBy: 'police',
  description: 'Slåskamp ved cykelskuret',
  confidentialNotes,
  status,
});

const backups = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'backups'));

/**
 * A store where the secret is everywhere: in db.json, in a backup, in the journal, and a
 * retention rule that makes it due — left by a server killed before its nightly run.
 */
beforeAll(async () => {
  fs.writeFileSync(seedFile, JSON.stringify(fixture));
  const first = await start(prepared);
  password = /Adgangskode: (\S+)/.exec(first.output())![1]!;
  let client = await admin(first);
  const incident = await client.post('/api/incidents', incidentBody(SECRET, 'closed'));
  expect(incident.status).toBe(201);
  expect((await client.post('/api/incidents', incidentBody(KEPT, 'open'))).status).toBe(201);
  await first.stop(); // db.json now holds the secret

  const second = await start(prepared);
  client = await admin(second);
  // The start's backup, taken with a snapshot: a restore point holding the secret.
  for (let i = 0; i < 200 && !fs.existsSync(path.join(prepared, 'backups')); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(backups(prepared)).toHaveLength(1);
  const id = incident.body.id as number;
  const current = (await client.get(`/api/incidents/${id}`)).body;
  expect(
    (await client.put(`/api/incidents/${id}`, { ...current, confidentialNotes: SECRET_LATER })).status,
  ).toBe(200);
  const programme = (await client.get('/api/programmes/2')).body;
  expect((await client.put('/api/programmes/2', { ...programme, retentionMonths: 24 })).status).toBe(200);
  await second.killHard(); // the journal holds the later secret
  expect(everything(prepared)).toContain(SECRET);
  expect(everything(prepared)).toContain(SECRET_LATER);
}, 120_000);

/** A copy of the prepared store for one case. */
function copyOfPrepared(name: string): string {
  const dataDir = path.join(root, name);
  fs.cpSync(prepared, dataDir, { recursive: true });
  return dataDir;
}

/** The next start finishes the purge: the text is nowhere, the restore point is still there, blanked. */
async function expectPurgedAfterRestart(dataDir: string): Promise<void> {
  const server = await start(dataDir);
  try {
    const client = await admin(server);
    const stored = everything(dataDir);
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(SECRET_LATER);
    expect(stored).toContain(KEPT);
    // The restore point from before the erasure is kept, blanked in place.
    expect(backups(dataDir)).toContain(backups(prepared)[0]);
    const erasures = await client.get(`/api/auditLog${listQuery({ filter: { action: 'erasure' } })}`);
    expect(erasures.body).toHaveLength(1);
  } finally {
    await server.stop();
  }
}

describe('an erasure killed half way', () => {
  for (const step of PURGE_STEPS)
    it(
      `is finished by the next start when the server is killed at ${step}`,
      { timeout: 60_000 },
      async () => {
        const dataDir = copyOfPrepared(step);
        // The start runs the retention rules at once: the erasure, then its purge, killed at the step.
        const died = await start(dataDir, { STORE_CRASH_AT: step }).then(
          async (server) => {
            await server.killHard();
            return undefined;
          },
          (err: unknown) => err,
        );
        expect(died, `the server was not killed at ${step}`).toBeInstanceOf(ServerExited);
        expect((died as ServerExited).signal).toBe('SIGKILL');
        await expectPurgedAfterRestart(dataDir);
      },
    );

  it('is finished by the next start when the purge fails (a snapshot that cannot be written)', async () => {
    const dataDir = copyOfPrepared('failed-snapshot');
    // db.json made immutable (even for root): the erasure is committed, its snapshot fails.
    execFileSync('chattr', ['+i', path.join(dataDir, 'db.json')]);
    try {
      const server = await start(dataDir);
      expect(server.output()).toMatch(/Sletning mislykkedes|Snapshot mislykkedes/);
      await server.killHard();
    } finally {
      execFileSync('chattr', ['-i', path.join(dataDir, 'db.json')]);
    }
    await expectPurgedAfterRestart(dataDir);
  });
});
