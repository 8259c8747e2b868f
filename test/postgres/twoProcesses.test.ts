import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { freshDatabase } from '../support/postgres';
import { startServerProcess, type Running } from '../support/process';
import { Client, PASSWORD, everyProgramme, listQuery, type Reply } from '../support/server';

/** Two server processes on one database, as behind a load balancer. */
let database: Awaited<ReturnType<typeof freshDatabase>>;
let seedDir: string;
let a: Running;
let b: Running;

const start = () =>
  startServerProcess({ DATABASE_URL: database.url, SEED_FILE: path.join(seedDir, 'seed.json') });

async function login(server: Running, username: string, localAddress?: string): Promise<Client> {
  const client = new Client(server.url, localAddress);
  const res = await client.post('/api/auth/login', { username, password: PASSWORD });
  expect(res.status, `login ${username}`).toBe(200);
  return client;
}

/** A write seen on the other process, waiting at most a second for it to follow. */
async function seenWithin(ms: number, check: () => Promise<boolean>): Promise<number> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - t0;
}

const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort();

beforeAll(async () => {
  database = await freshDatabase();
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-pg-seed-'));
  fs.writeFileSync(path.join(seedDir, 'seed.json'), JSON.stringify(kpiFixture));
  a = await start();
  b = await start();
  // Users made once, through one process; the other sees them.
  const password = /Adgangskode: (\S+)/.exec(a.output() + b.output())![1]!;
  const admin = new Client(a.url);
  expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
  for (const role of ['editor', 'board'] as const)
    expect(
      (
        await admin.post('/api/users', {
          username: role,
          role,
          memberships: await everyProgramme(admin, role),
          password: PASSWORD,
        })
      ).status,
    ).toBe(201);
  await admin.put(`/api/users/1`, { password: PASSWORD });
}, 120_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await database?.drop();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

describe('two processes, one database', () => {
  it('made one admin between them and printed its password once', () => {
    expect([a.output(), b.output()].filter((o) => o.includes('Adgangskode:'))).toHaveLength(1);
  });

  it('shows a write on one on the other within a second', async () => {
    const onA = await login(a, 'editor');
    const onB = await login(b, 'editor');
    const created = await onA.post('/api/areas', {
      name: 'Set fra B',
      programmeId: 1,
      housingOrganisation: 'X',
    });
    expect(created.status).toBe(201);
    const ms = await seenWithin(
      1000,
      async () => (await onB.get(`/api/areas/${created.body.id}`)).status === 200,
    );
    console.log(`a write on one process was read on the other after ${ms.toFixed(0)} ms`);
  });

  it('shares sessions: logged in on one, logged in on the other; logged out on one, out on both', async () => {
    const onA = await login(a, 'board');
    const onB = Object.assign(new Client(b.url), { cookie: onA.cookie });
    // The other process follows the new session as it follows any write: within a second.
    await seenWithin(1000, async () => (await onB.get('/api/auth/me')).status === 200);
    expect((await onB.get('/api/auth/me')).body).toMatchObject({ username: 'board' });
    await onA.post('/api/auth/logout', {});
    await seenWithin(1000, async () => (await onB.get('/api/auth/me')).status === 401);
  });

  it('shares login locks: five failures on one lock the username on the other', async () => {
    const guess = (server: Running, i: number) =>
      new Client(server.url, '127.0.0.4').post('/api/auth/login', {
        username: 'board',
        password: `gæt-${i}`,
      });
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(i % 2 ? a : b, i)));
    expect([
      replies.filter((r) => r.status === 401).length,
      replies.filter((r) => r.status === 429).length,
    ]).toEqual([5, 35]);
    const right = await new Client(b.url).post('/api/auth/login', { username: 'board', password: PASSWORD });
    expect(right.status).toBe(429);
  });

  it('lets only one of two same-version saves on two processes through', async () => {
    const onA = await login(a, 'editor');
    const onB = await login(b, 'editor');
    for (let round = 0; round < 10; round++) {
      const area = (await onA.get('/api/areas/1')).body;
      await seenWithin(1000, async () => (await onB.get('/api/areas/1')).body.version === area.version);
      const replies = await Promise.all([
        onA.put('/api/areas/1', { ...area, name: `A${round}` }),
        onB.put('/api/areas/1', { ...area, name: `B${round}` }),
      ]);
      expect(statuses(replies)).toEqual([200, 409]);
    }
  });

  it('stores one figure for an indicator, area and year, whichever process gets it first', async () => {
    const figure = { indicatorId: 1, areaId: 2, year: 2019, value: 3, source: null, note: null };
    const replies = await Promise.all([
      (await login(a, 'editor')).post('/api/measurements', figure),
      (await login(b, 'editor')).post('/api/measurements', figure),
    ]);
    expect(statuses(replies)).toEqual([201, 400]);
  });

  it('never stores a log entry for an incident deleted on the other process at the same moment', async () => {
    const onA = await login(a, 'editor');
    const onB = await login(b, 'editor');
    for (let round = 0; round < 10; round++) {
      const incident = (
        await onA.post('/api/incidents', {
          programmeId: 2,
          areaId: 5,
          occurredAt: '2026-11-20T20:00:00Z',
          level: 'red',
          category: 'fights',
          activatedBy: 'police',
          description: `Slåskamp ${round}`,
        })
      ).body;
      const [log, del] = await Promise.all([
        onA.post('/api/incidentLogEntries', { incidentId: incident.id, happened: 'Politiet ankom' }),
        onB.delete(`/api/incidents/${incident.id}`),
      ]);
      expect(['201/409', '400/200']).toContain(`${log.status}/${del.status}`);
    }
  });

  it('gives users made on both processes at once ids of their own, and one audit log', async () => {
    const admins = [await login(a, 'admin'), await login(b, 'admin')];
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        admins[i % 2]!.post('/api/users', {
          username: `fra-${i}`,
          role: 'board',
          memberships: [{ programmeId: 1, role: 'board' }],
          password: 'langt-kodeord-9',
        }),
      ),
    );
    expect(statuses(replies)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(6);
    const audit = async (client: Client) =>
      (await client.get(`/api/auditLog${listQuery({ sort: ['id', 'ASC'] })}`)).body.map(
        (e: { id: number }) => e.id,
      );
    await seenWithin(
      1000,
      async () => JSON.stringify(await audit(admins[0]!)) === JSON.stringify(await audit(admins[1]!)),
    );
    const ids = await audit(admins[0]!);
    expect(ids).toEqual([...ids].sort((x: number, y: number) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loses no acknowledged write when one process is killed mid-burst, and the other goes on answering', async () => {
    const clients = [await login(a, 'editor'), await login(b, 'editor')];
    const acknowledged = new Map<number, string>();
    let sent = 0;
    let stop = false;
    // Even writers go to a, which is killed under them; odd ones to b, which must not notice.
    const writer = async (w: number) => {
      while (!stop) {
        const name = `Brand ${w}-${sent++}`;
        let res: Reply<any>;
        try {
          res = await clients[w % 2]!.post('/api/areas', { name, programmeId: 1, housingOrganisation: 'X' });
        } catch (err) {
          if (w % 2 === 0) return;
          throw err;
        }
        expect(res.status).toBe(201);
        acknowledged.set(res.body.id, name);
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    await new Promise((resolve) => setTimeout(resolve, 150));
    a.child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await Promise.all(writers);
    const areas = (await clients[1]!.get('/api/areas')).body as { id: number; name: string }[];
    const byId = new Map(areas.map((r) => [r.id, r.name]));
    for (const [id, name] of acknowledged) expect(byId.get(id), `area ${id}`).toBe(name);
    console.log(`kill -9 of one process: ${acknowledged.size} acknowledged writes, all there on the other`);
    a = await start();
    const restarted = await login(a, 'editor');
    const again = (await restarted.get('/api/areas')).body as { id: number }[];
    expect(again.length).toBe(areas.length);
  });
});
