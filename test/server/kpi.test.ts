import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { listQuery, startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
let admin: Client;
beforeAll(async () => {
  server = await startServer({ seed: kpiFixture });
  editor = await server.as('editor');
  admin = await server.as('admin');
});
afterAll(() => server.close());

const measurement = (change: object) => ({ indicatorId: 1, areaId: 1, year: 2019, value: 25, ...change });

describe('measurements', () => {
  it.each([
    ['a fractional count', { value: 2.5 }, 'value', 'Skal være et helt tal'],
    [
      'a percentage above 100',
      { indicatorId: 2, value: 100.5 },
      'value',
      'En procent skal ligge mellem 0 og 100',
    ],
    [
      'a second figure for the same area and year',
      { year: 2018 },
      'year',
      'Der findes allerede et tal for dette område og år',
    ],
    ['an area of another programme', { areaId: 5 }, 'areaId', 'Hører til en anden helhedsplan'],
    [
      'an area on a programme-wide indicator',
      { indicatorId: 3 },
      'areaId',
      'Indikatoren måles for hele helhedsplanen, ikke pr. område',
    ],
    ['no area on a per-area indicator', { areaId: null }, 'areaId', 'Vælg boligområdet'],
  ])('refuses %s', async (_name, change, field, message) => {
    const res = await editor.post('/api/measurements', measurement(change));
    expect(res.status).toBe(400);
    expect(res.body.errors[field]).toBe(message);
  });

  it('accepts a valid figure and refuses an indicator code twice in a programme', async () => {
    expect((await editor.post('/api/measurements', measurement({}))).status).toBe(201);
    const dup = await editor.post('/api/indicators', { ...kpiFixture.indicators[0], id: undefined });
    expect(dup.body.errors.code).toBe('Koden bruges allerede i helhedsplanen');
  });
});

describe('locking a year after the status meeting', () => {
  it('lets only an admin lock, and then refuses every write to that year’s figures (409)', async () => {
    expect((await editor.post('/api/yearLocks', { programmeId: 1, year: 2019, reason: 'x' })).status).toBe(
      403,
    );
    const before = server.clock().toISOString();
    const lock = await admin.post('/api/yearLocks', {
      programmeId: 1,
      year: 2019,
      reason: 'Godkendt på statusmødet',
      // Who and when are the server's to say.
      lockedBy: 'en anden',
      lockedAt: '2001-01-01T00:00:00.000Z',
    });
    expect(lock.status).toBe(201);
    expect(lock.body.lockedBy).toBe('admin');
    expect(lock.body.lockedAt >= before && lock.body.lockedAt <= server.clock().toISOString()).toBe(true);
    expect(lock.body).toMatchObject({ unlockedBy: null, unlockedAt: null });
    expect(server.readDb().yearLocks.find((l: { id: number }) => l.id === lock.body.id)).toMatchObject({
      lockedBy: 'admin',
      lockedAt: lock.body.lockedAt,
    });
    const figure = (await editor.get('/api/measurements' + listQuery({ filter: { year: 2019 } }))).body[0];
    for (const res of [
      await editor.post('/api/measurements', measurement({ areaId: 2 })),
      await editor.put(`/api/measurements/${figure.id}`, { value: 20 }),
      await editor.put('/api/measurements/4', { year: 2019 }),
      await editor.delete(`/api/measurements/${figure.id}`),
      await editor.request('PUT', '/api/kpi/grid?programmeId=1&year=2019', {
        cells: [{ indicatorId: 1, areaId: 2, value: 3 }],
      }),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('År 2019 er låst efter statusmødet');
    }
    expect(
      (await admin.post('/api/yearLocks', { programmeId: 1, year: 2019, reason: 'igen' })).body.errors.year,
    ).toBe('Året er allerede låst');
    expect((await admin.delete(`/api/yearLocks/${lock.body.id}`)).status).toBe(409);
  });

  it('unlocks only with a reason, kept in the audit log; then writes work again', async () => {
    const lock = (await admin.get('/api/yearLocks')).body[0];
    const noReason = await admin.put(`/api/yearLocks/${lock.id}`, { ...lock, active: false });
    expect(noReason.body.errors.unlockReason).toBe('Angiv hvorfor året låses op');
    const unlocked = await admin.put(`/api/yearLocks/${lock.id}`, {
      ...lock,
      active: false,
      unlockReason: 'Boligselskabet rettede et tal',
    });
    expect(unlocked.status).toBe(200);
    // Who locked it stays; who lifted it, and when, is added.
    expect(unlocked.body).toMatchObject({ lockedBy: 'admin', lockedAt: lock.lockedAt, unlockedBy: 'admin' });
    expect(unlocked.body.unlockedAt >= lock.lockedAt).toBe(true);
    const audit = (await admin.get('/api/auditLog' + listQuery({ filter: { resource: 'yearLocks' } }))).body;
    expect(audit.at(-1).changes.unlockReason.after).toBe('Boligselskabet rettede et tal');
    expect((await editor.post('/api/measurements', measurement({ areaId: 2 }))).status).toBe(201);
    const relock = await admin.put(`/api/yearLocks/${lock.id}`, { ...unlocked.body, active: true });
    expect(relock.body.errors.active).toBe('Lås året på ny med en ny lås');
  });
});

describe('the yearly grid', () => {
  it('shows every indicator and area of the year', async () => {
    const grid = (await editor.get('/api/kpi/grid?programmeId=1&year=2018')).body;
    expect(grid.indicators.map((i: { code: string }) => i.code)).toEqual(['klager', 'fraflytning', 'tryg']);
    expect(grid.areas.map((a: { name: string }) => a.name)).toEqual([
      'Ellekonebakken',
      'Østervang',
      'Åbakken',
      'Zinkgården',
    ]);
    expect(grid.cells).toHaveLength(2);
    expect(grid.locked).toBe(false);
  });

  it('saves all cells in one action, or none when one is wrong', async () => {
    const before = server.readDb().measurements.length;
    const bad = await editor.request('PUT', '/api/kpi/grid?programmeId=1&year=2020', {
      cells: [
        { indicatorId: 1, areaId: 1, value: 20 },
        { indicatorId: 2, areaId: 1, value: 120 },
        { indicatorId: 3, areaId: null, value: 51.5 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ '2:1': 'En procent skal ligge mellem 0 og 100' });
    expect(server.readDb().measurements).toHaveLength(before);

    const ok = await editor.request('PUT', '/api/kpi/grid?programmeId=1&year=2020', {
      cells: [
        { indicatorId: 1, areaId: 1, value: 20 },
        { indicatorId: 2, areaId: 1, value: 19.5 },
        { indicatorId: 3, areaId: null, value: 51.5 },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toBe(3);
    expect(server.readDb().measurements).toHaveLength(before + 3);
    // A change names the version of the figure it replaces, as the grid read it.
    const versionOf = (indicatorId: number) =>
      ok.body.grid.cells.find(
        (c: { indicatorId: number; areaId: number }) => c.indicatorId === indicatorId && c.areaId === 1,
      ).version;
    const changed = await editor.request('PUT', '/api/kpi/grid?programmeId=1&year=2020', {
      cells: [
        { indicatorId: 1, areaId: 1, value: 18, version: versionOf(1) },
        { indicatorId: 2, areaId: 1, value: null, version: versionOf(2) },
      ],
    });
    expect(changed.body.saved).toBe(2);
    const audit = (
      await admin.get(
        '/api/auditLog' + listQuery({ filter: { resource: 'measurements' }, sort: ['id', 'ASC'] }),
      )
    ).body;
    expect(audit.slice(-2).map((e: { action: string }) => e.action)).toEqual(['update', 'delete']);
    expect(audit.at(-2).changes).toEqual({ value: { before: 20, after: 18 } });
  });

  it('is for editors and admins; the board reads it', async () => {
    const board = await server.as('board');
    expect((await board.get('/api/kpi/grid?programmeId=1&year=2020')).status).toBe(200);
    expect((await board.request('PUT', '/api/kpi/grid?programmeId=1&year=2020', { cells: [] })).status).toBe(
      403,
    );
    expect(
      (await editor.request('PUT', '/api/kpi/grid?programmeId=1&year=2020', { cells: 'x' })).status,
    ).toBe(400);
  });
});

describe('statistics', () => {
  it('computes goal attainment per area and for the programme', async () => {
    const board = await server.as('board');
    const kpi = (await board.get('/api/stats/kpi?programmeId=1&year=2018')).body;
    const complaints = kpi.indicators.find(
      (i: { indicator: { code: string } }) => i.indicator.code === 'klager',
    );
    expect(complaints.rows.slice(0, 2)).toEqual([
      {
        areaId: 1,
        name: 'Ellekonebakken',
        baseline: 32,
        target: 27.2,
        actual: 27,
        change: -5,
        changeShare: -0.15625,
        status: 'met',
      },
      {
        areaId: 2,
        name: 'Østervang',
        baseline: 0,
        target: 0,
        actual: 1,
        change: 1,
        changeShare: null,
        status: 'notMet',
      },
    ]);
    expect(complaints.rows[2].status).toBe('noData');
    expect(complaints.total).toMatchObject({
      method: 'sum',
      baseline: 32,
      actual: 28,
      target: 27.2,
      status: 'notMet',
    });
    expect(complaints.series.map((s: { year: number }) => s.year)).toEqual([2015, 2016, 2017, 2018]);
  });

  it('counts the period’s incidents by month, level, category and area, leaving drills out', async () => {
    const stats = (await editor.get('/api/stats/incidents?programmeId=1&year=2019')).body;
    // Incident 2 is at 23:30 on 31 December 2019, Copenhagen time: it belongs to 2019.
    expect(stats.total).toBe(2);
    expect(stats.byMonth).toHaveLength(12);
    expect(stats.byMonth[11]).toEqual({ month: '2019-12', green: 0, yellow: 0, red: 1 });
    expect(stats.byMonth[2]).toEqual({ month: '2019-03', green: 0, yellow: 1, red: 0 });
    expect(stats.byCategory.find((c: { category: string }) => c.category === 'arson').count).toBe(1);
    expect(stats.byArea.map((a: { name: string }) => a.name).sort()).toEqual(['Ellekonebakken', 'Østervang']);
    const drills = (await editor.get('/api/stats/incidents?programmeId=2&year=2025')).body;
    expect(drills.total).toBe(0);
    const after = (await editor.get('/api/stats/incidents?programmeId=1&year=2020')).body;
    expect(after.total).toBe(0);
  });

  it('reports whether response meetings were held in time', async () => {
    const res = (await editor.get('/api/stats/response?programmeId=1&year=2019')).body;
    expect(res).toMatchObject({ required: 2, onTime: 1, overdue: 1, late: 0, shareOnTime: 0.5 });
  });

  it('counts activity participants per project year against the criterion', async () => {
    const res = (await editor.get('/api/stats/activities?programmeId=1&year=2018')).body;
    expect(res.activities[0].criteria[0]).toMatchObject({ actual: 210, target: 200, status: 'met' });
  });

  it('answers 400 for a bad period and 404 for a missing programme', async () => {
    expect((await editor.get('/api/stats/kpi?programmeId=abc&year=2018')).status).toBe(400);
    expect((await editor.get('/api/stats/kpi?programmeId=1&year=12')).body.errors.year).toBeDefined();
    expect((await editor.get('/api/stats/kpi?programmeId=99&year=2018')).status).toBe(404);
  });

  it('never carries confidential text, also for the board', async () => {
    const board = await server.as('board');
    const res = await board.get('/api/stats/dashboard?programmeId=1&year=2019');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('Hemmelig');
  });
});
