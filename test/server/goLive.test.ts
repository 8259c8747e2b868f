import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_NAMES } from '../../src/domain/resources';
import { markDemoOf } from '../../src/server/jobs/demo';
import { createRecord } from '../../src/server/changes/records';
import { openStore } from '../../src/server/store/open';
import { Client } from '../support/server';
import { startServer, type TestServer } from '../support/server';
import { ENGINE, freshDatabase } from '../support/postgres';
import { ROOT, runScript, startServerProcess } from '../support/process';

const SEED_FILE = path.join(ROOT, 'data/seed.json');
const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as Record<string, { id: number }[]> & {
  _demo: object;
};

describe('DEMO=false on a first start', () => {
  it(
    'creates an empty store: no programmes, and the first admin still made',
    { timeout: 90_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-nodemo-'));
      const database = ENGINE === 'postgres' ? await freshDatabase() : undefined;
      const server = await startServerProcess({
        DEMO: 'false',
        DATA_DIR: dataDir,
        ...(database ? { DATABASE_URL: database.url } : {}),
      });
      try {
        const password = /Adgangskode: (\S+)/.exec(server.output())?.[1];
        expect(password).toBeDefined();
        const admin = new Client(server.url);
        expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
        for (const name of RESOURCE_NAMES) expect((await admin.get(`/api/${name}`)).body, name).toEqual([]);
        // The checklist starts at the beginning: no programme, no demo to remove.
        expect((await admin.get('/api/start')).body).toEqual({ programmes: [], demo: [] });
      } finally {
        await server.stop();
        await database?.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});

/**
 * A store created from the demo seed by a version that did not mark its programmes yet (the
 * seed without `_demo` gives exactly that), upgraded on start, with a programme made by hand
 * beside the demo's. Then the demo data is removed.
 */
describe('removing the demo data', () => {
  const { _demo, ...unmarked } = seed;
  let server: TestServer;
  let admin: Client;
  let own: { programme: number; area: number; participant: number; incident: number; indicator: number };
  let ownBefore: Record<string, unknown>;

  beforeAll(async () => {
    server = await startServer({ seed: unmarked });
    admin = await server.as('admin');
    const created = async (resource: string, body: object) => {
      const res = await admin.post(`/api/${resource}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    const programme = await created('programmes', {
      name: 'Helhedsplan Gellerup 2026-2030',
      municipality: 'Viborg',
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
      // A client cannot make its own programme demo data.
      demo: true,
    });
    const area = await created('areas', {
      name: 'Gellerup',
      programmeId: programme,
      housingOrganisation: 'Brabrand',
    });
    const participant = await created('participants', {
      programmeId: programme,
      name: 'Aisha Jensen',
      title: 'Boligsocial medarbejder',
      organisation: 'Helhedsplanen',
      email: 'aisha@example.dk',
    });
    const incident = await created('incidents', {
      programmeId: programme,
      areaId: area,
      occurredAt: '2026-11-20T20:00:00Z',
      level: 'yellow',
      category: 'vandalism',
      activatedBy: 'housingOrganisation',
      description: 'Brand i containere',
    });
    const indicator = await created('indicators', {
      programmeId: programme,
      code: 'klager',
      name: 'Beboerklagesager',
      unit: 'count',
      direction: 'lower',
      baselineYear: 2025,
      target: { rule: 'higherThanBaseline' },
      period: 'calendarYear',
      perArea: true,
    });
    own = { programme, area, participant, incident, indicator };
    ownBefore = structuredClone(server.readDb());
  });
  afterAll(() => server?.close());

  it('marks the demo programmes of a store from before the mark, and never one made by hand', async () => {
    expect(server.readDb().programmes.map((p: { demo?: boolean }) => p.demo)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(await markDemoOf(server.store, SEED_FILE)).toBe(2);
    expect(await markDemoOf(server.store, SEED_FILE)).toBe(0);
    const marks = Object.fromEntries(server.readDb().programmes.map((p: any) => [p.id, p.demo]));
    expect(marks).toEqual({ 1: true, 2: true, [own.programme]: undefined });
    // An edit keeps the mark; the client can neither set nor clear it.
    const viborg = (await admin.get('/api/programmes/1')).body;
    expect(viborg.demo).toBe(true);
    const edited = await admin.put('/api/programmes/1', { ...viborg, name: 'Viborg (demo)', demo: false });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Viborg (demo)', demo: true });
  });

  it('shows administrators the checklist of their own programmes and the demo still there', async () => {
    const start = (await admin.get('/api/start')).body;
    expect(start.demo.map((p: { id: number }) => p.id)).toEqual([1, 2]);
    expect(start.programmes).toEqual([
      {
        id: own.programme,
        name: 'Helhedsplan Gellerup 2026-2030',
        areas: 1,
        contacts: 1,
        groupOne: 1,
        groupTwo: 1,
        users: 0,
        indicators: 1,
      },
    ]);
    expect((await (await server.as('editor')).get('/api/start')).status).toBe(403);
  });

  it('is refused to anyone but the system administrator, removing nothing', async () => {
    const programmeAdmin = await server.member('randers-admin', [{ programmeId: 2, role: 'programmeAdmin' }]);
    for (const client of [programmeAdmin, await server.as('editor'), await server.as('board')])
      expect((await client.post('/api/demo/remove', {})).status).toBe(403);
    await expect(server.anonymous().post('/api/demo/remove', {})).resolves.toMatchObject({ status: 401 });
    expect(server.readDb().programmes).toHaveLength(3);
  });

  it('removes every demo record in one commit, audited, and leaves the programme made by hand as it was', async () => {
    // A user in a demo programme and in the own one, and a directory mapping to a demo programme.
    await server.member('mette', [
      { programmeId: 2, role: 'editor' },
      { programmeId: own.programme, role: 'editor' },
    ]);
    const mapping = await admin.post('/api/directoryMappings', {
      claimValue: 'randers-redaktoer',
      programmeId: 2,
      role: 'editor',
    });
    expect(mapping.status).toBe(201);
    const before = structuredClone(server.readDb());
    const auditBefore = server.store.audit().length;

    const res = await admin.post('/api/demo/remove', {});
    expect(res.status).toBe(200);
    expect(res.body.programmes.map((p: { id: number }) => p.id)).toEqual([1, 2]);
    // Every record of the seed, counted.
    for (const name of RESOURCE_NAMES)
      expect(res.body.counts[name] ?? 0, name).toBe(
        before[name].filter((r: { id: number }) => !isOwn(name, r.id)).length,
      );
    // mette, randers-admin, and the test's editor and board (made in every programme there was).
    expect(res.body).toMatchObject({ users: 4, directoryMappings: 1 });

    const after = server.readDb();
    for (const name of RESOURCE_NAMES)
      expect(after[name], name).toEqual(
        (ownBefore[name] as { id: number }[]).filter((r) => isOwn(name, r.id)),
      );
    expect(after.programmes).toEqual([expect.objectContaining({ id: own.programme, version: 1 })]);

    const users = (await admin.get('/api/users')).body as { username: string; memberships: object[] }[];
    expect(users.find((u) => u.username === 'mette')!.memberships).toEqual([
      { programmeId: own.programme, role: 'editor' },
    ]);
    expect(users.find((u) => u.username === 'randers-admin')!.memberships).toEqual([]);
    expect((await admin.get('/api/directoryMappings')).body).toEqual([]);

    const audit = server.store.audit().slice(auditBefore);
    const removed = audit.filter((e) => e.action === 'demoRemoved');
    expect(removed.map((e) => [e.recordId, e.username])).toEqual([
      [1, 'admin'],
      [2, 'admin'],
    ]);
    expect(removed[1]!.changes).toMatchObject({
      name: { before: 'Boligsocial helhedsplan Randers 2025-2029', after: null },
      incidents: { before: seed.incidents!.filter((i: any) => i.programmeId === 2).length, after: 0 },
    });
    // In the engine's own log (files or tables), not only in memory.
    const persisted = await server.persisted();
    expect(persisted.audit.filter((e: { action: string }) => e.action === 'demoRemoved')).toHaveLength(2);

    // Nothing left to remove: a second removal changes nothing and audits nothing.
    const again = await admin.post('/api/demo/remove', {});
    expect(again.body).toEqual({ programmes: [], counts: {}, users: 0, directoryMappings: 0 });
    expect(server.store.audit().length).toBe(auditBefore + audit.length);
    expect(server.readDb()).toEqual(after);
    expect((await admin.get('/api/start')).body.demo).toEqual([]);
  });

  /** Whether a record was made by this test in its own programme (not one of the seed's). */
  function isOwn(name: string, id: number): boolean {
    const ids: Record<string, number[]> = {
      programmes: [own.programme],
      areas: [own.area],
      participants: [own.participant],
      incidents: [own.incident],
      indicators: [own.indicator],
      // The yellow incident's call-in mail to the one contact.
      notifications: (ownBefore.notifications as { id: number; incidentId: number }[])
        .filter((n) => n.incidentId === own.incident)
        .map((n) => n.id),
    };
    return (ids[name] ?? []).includes(id);
  }
});

describe.skipIf(ENGINE === 'postgres')('an install started without the demo', () => {
  it('never takes a programme made in the panel for the demo’s, even with a demo programme’s id and municipality', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-own-viborg-'));
    const store = await openStore({ dataDir, clock: () => new Date() });
    try {
      const { result } = await store.commit(
        createRecord(
          'programmes',
          {
            name: 'Helhedsplan Viborg Øst',
            municipality: 'Viborg',
            periodStart: '2026-01-01',
            periodEnd: '2029-12-31',
          },
          { userId: 1, username: 'admin', role: 'admin' },
        ),
      );
      expect(result.id).toBe(1);
      expect(await markDemoOf(store, SEED_FILE)).toBe(0);
      expect(store.all('programmes')[0]!.demo).toBeUndefined();
    } finally {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(ENGINE === 'postgres')('npm run demo -- remove', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-demo-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const open = () => openStore({ dataDir, seedFile: SEED_FILE, clock: () => new Date() });
  const operator = { userId: null, username: 'test', role: null };

  it(
    'removes the demo programmes through the same store and lock, audited, and leaves one made by hand',
    {
      timeout: 90_000,
    },
    async () => {
      // A store created from the demo seed, its programmes marked, and a programme made beside them.
      const store = await open();
      expect(store.all('programmes').map((p) => p.demo)).toEqual([true, true]);
      const { result: programme } = await store.commit(
        createRecord(
          'programmes',
          {
            name: 'Helhedsplan Skovparken',
            municipality: 'Kolding',
            periodStart: '2026-01-01',
            periodEnd: '2029-12-31',
          },
          operator,
        ),
      );
      await store.commit(
        createRecord(
          'areas',
          { name: 'Skovparken', programmeId: programme.id, housingOrganisation: 'Lejerbo' },
          operator,
        ),
      );
      await store.close();

      const run = await runScript('scripts/demo.ts', ['remove'], { DATA_DIR: dataDir });
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain(
        'Demodata fjernet: Helhedsplanen for Viborg 2017-2021, Boligsocial helhedsplan Randers',
      );
      expect(run.output).toMatch(/\d+ hændelser/);

      const again = await runScript('scripts/demo.ts', ['remove'], { DATA_DIR: dataDir });
      expect(again.code, again.output).toBe(0);
      expect(again.output).toContain('Der er ingen demodata at fjerne.');

      const after = await open();
      try {
        expect(after.all('programmes')).toEqual([programme]);
        expect(after.all('areas').map((a) => a.name)).toEqual(['Skovparken']);
        for (const name of RESOURCE_NAMES.filter((n) => n !== 'programmes' && n !== 'areas'))
          expect(after.all(name), name).toEqual([]);
        const removed = after.audit().filter((e) => e.action === 'demoRemoved');
        expect(removed.map((e) => [e.recordId, e.username])).toEqual([
          [1, 'npm run demo -- remove'],
          [2, 'npm run demo -- remove'],
        ]);
      } finally {
        await after.close();
      }
    },
  );
});
