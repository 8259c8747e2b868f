import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUserTo } from '../../scripts/lib/store';
import { startServerProcess, type Running } from '../support/process';
import { Client, PASSWORD, listQuery } from '../support/server';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const KILLS = 20;
const WRITERS = 8;
/** Snapshots every 25 journal lines, so that kills land in rotations and snapshots too. */
const ENV = { DATA_DIR: dataDir, SNAPSHOT_LINES: '25' };

interface Area {
  id: number;
  name: string;
  version: number;
}

/** What the clients were told: every acknowledged name per area, and names sent but never answered. */
const acknowledged = new Map<number, string>();
const unanswered = new Map<number, Set<string>>();
let sent = 0;

async function login(server: Running): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.post('/api/auth/login', { username: 'skriver', password: PASSWORD });
  expect(res.status).toBe(200);
  return client;
}

/** Creates areas and renames its own, until the server dies under it. */
async function writer(client: Client, w: number): Promise<void> {
  let own: Area | undefined;
  for (;;) {
    const name = `Område ${w}-${sent++}`;
    try {
      if (own && sent % 3 === 0) {
        unanswered.get(own.id)!.add(name);
        const res = await client.put(`/api/areas/${own.id}`, { name, version: own.version });
        expect(res.status).toBe(200);
        acknowledged.set(own.id, name);
        unanswered.get(own.id)!.clear();
        own = res.body;
      } else {
        const res = await client.post('/api/areas', { name, programmeId: 1, housingOrganisation: 'Test' });
        expect(res.status).toBe(201);
        // No id is ever handed out twice, not even across a crash.
        expect(acknowledged.has(res.body.id), `id ${res.body.id} issued twice`).toBe(false);
        acknowledged.set(res.body.id, name);
        unanswered.set(res.body.id, new Set());
        own = res.body;
      }
    } catch (err) {
      if ((err as Error).name === 'AssertionError') throw err;
      return; // the connection died with the server: this write's fate is unknown
    }
  }
}

/** Everything acknowledged is there, with its audit entry; only an unanswered write may have landed besides. */
async function check(client: Client): Promise<number> {
  const areas = (await client.get('/api/areas')).body as Area[];
  expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
  const byId = new Map(areas.map((a) => [a.id, a.name]));
  const audit = (await client.get(`/api/auditLog${listQuery({ filter: { resource: 'areas' } })}`)).body as {
    id: number;
    action: string;
    recordId: number;
  }[];
  expect(new Set(audit.map((e) => e.id)).size).toBe(audit.length);
  const created = new Set(audit.filter((e) => e.action === 'create').map((e) => e.recordId));
  for (const [id, name] of acknowledged) {
    const stored = byId.get(id);
    expect(stored === name || unanswered.get(id)!.has(stored!), `area ${id}: ${stored}, told ${name}`).toBe(
      true,
    );
    expect(created.has(id), `area ${id} has no audit entry`).toBe(true);
  }
  return areas.length;
}

let current: Running | undefined;

describe('crash safety', () => {
  it(
    `keeps every acknowledged write with its audit entry through ${KILLS} kill -9s during ${WRITERS} writers`,
    { timeout: 300_000 },
    async () => {
      // An admin, to read the audit log too.
      await addUserTo(dataDir, { username: 'skriver', role: 'admin', password: PASSWORD });
      let torn = 0;
      for (let kill = 1; kill <= KILLS + 1; kill++) {
        current = await startServerProcess(ENV);
        if (current.output().includes('afbrudt sidste linje')) torn++;
        const client = await login(current);
        // The store opened cleanly and holds all that was acknowledged before this start.
        await check(client);
        if (kill > KILLS) break;
        const writers = Array.from({ length: WRITERS }, (_, w) => writer(client, w));
        // A random moment: sometimes at once, sometimes deep into the burst.
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 300));
        current.child.kill('SIGKILL');
        await Promise.all(writers);
        await new Promise((resolve) =>
          current!.child.exitCode !== null || current!.child.signalCode
            ? resolve(null)
            : current!.child.once('exit', resolve),
        );
      }
      const count = await check(await login(current!));
      await current!.stop();
      console.log(
        `crash test: ${KILLS} kills, ${sent} writes sent, ${acknowledged.size} areas acknowledged, ` +
          `${count} stored, every acknowledged write and its audit entry recovered, ${torn} torn lines dropped`,
      );
      expect(acknowledged.size).toBeGreaterThan(KILLS);
    },
  );
});
