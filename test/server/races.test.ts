import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { Client, PASSWORD, listQuery, startServer, type Reply, type TestServer } from '../support/server';

/** Requests that two users send at the same moment: fired together, answered one by one. */
const together = (...requests: Promise<Reply<any>>[]) => Promise.all(requests);
const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort();

let server: TestServer;
let admin: Client;
let editor: Client;
let otherEditor: Client;
beforeAll(async () => {
  server = await startServer({ seed: kpiFixture });
  admin = await server.as('admin');
  editor = await server.as('editor');
  otherEditor = await server.as('editor');
});
afterAll(() => server.close());

/** A red incident in Randers, for the plans and log entries that need one. */
const redIncident = async (description: string) =>
  (
    await editor.post('/api/incidents', {
      programmeId: 2,
      areaId: 5,
      occurredAt: '2026-11-20T20:00:00Z',
      level: 'red',
      category: 'fights',
      activatedBy: 'police',
      description,
    })
  ).body as { id: number };

const auditOf = async (filter: object) =>
  (await admin.get(`/api/auditLog${listQuery({ filter, sort: ['id', 'ASC'] })}`)).body as {
    action: string;
    recordId: number;
    username: string | null;
  }[];

describe('two editors at the same moment', () => {
  it('saving the same area from the same version: one success, one conflict with the current record', async () => {
    for (let round = 0; round < 10; round++) {
      const area = (await editor.get('/api/areas/1')).body;
      const [a, b] = await together(
        editor.put('/api/areas/1', { ...area, name: `Ellekonebakken A${round}` }),
        otherEditor.put('/api/areas/1', { ...area, name: `Ellekonebakken B${round}` }),
      );
      expect(statuses([a!, b!])).toEqual([200, 409]);
      const [won, lost] = a!.status === 200 ? [a!, b!] : [b!, a!];
      expect(lost.body.current).toEqual(won.body);
      expect((await editor.get('/api/areas/1')).body).toEqual(won.body);
      expect(won.body.version).toBe(area.version + 1);
    }
  });

  it('storing a figure for the same indicator, area and year: one is stored, the other refused', async () => {
    const figure = { indicatorId: 1, areaId: 2, year: 2019, value: 3, source: null, note: null };
    const replies = await together(
      editor.post('/api/measurements', figure),
      otherEditor.post('/api/measurements', figure),
    );
    expect(statuses(replies)).toEqual([201, 400]);
    const stored = server
      .readDb()
      .measurements.filter(
        (m: { indicatorId: number; areaId: number; year: number }) =>
          m.indicatorId === 1 && m.areaId === 2 && m.year === 2019,
      );
    expect(stored).toHaveLength(1);
  });

  it('patching different fields without a version (updateMany): both changes survive', async () => {
    const [a, b] = await together(
      editor.put('/api/areas/2', { households: 130 }),
      otherEditor.put('/api/areas/2', { residents: 280 }),
    );
    expect([a!.status, b!.status]).toEqual([200, 200]);
    expect((await editor.get('/api/areas/2')).body).toMatchObject({ households: 130, residents: 280 });
  });

  it('updating the same plan from the same version: one success, and one entry in the audit log', async () => {
    const incident = await redIncident('Slåskamp på torvet');
    const created = await editor.post('/api/actionPlans', {
      programmeId: 2,
      incidentIds: [incident.id],
    });
    expect(created.status).toBe(201);
    const plan = created.body;
    const replies = await together(
      editor.put(`/api/actionPlans/${plan.id}`, { ...plan, purpose: 'Ro i gården' }),
      otherEditor.put(`/api/actionPlans/${plan.id}`, { ...plan, purpose: 'Tryghed på torvet' }),
    );
    expect(statuses(replies)).toEqual([200, 409]);
    const updates = (await auditOf({ resource: 'actionPlans', recordId: plan.id })).filter(
      (e) => e.action !== 'create',
    );
    expect(updates).toHaveLength(1);
  });

  it('writing a log entry for an incident being deleted: never both, never an orphan', async () => {
    for (let round = 0; round < 15; round++) {
      const incident = await redIncident(`Slåskamp ${round}`);
      const [log, del] = await together(
        editor.post('/api/incidentLogEntries', { incidentId: incident.id, happened: 'Politiet ankom' }),
        otherEditor.delete(`/api/incidents/${incident.id}`),
      );
      expect([`201/409`, `400/200`]).toContain(`${log!.status}/${del!.status}`);
      const db = server.readDb();
      const incidents = new Set(db.incidents.map((i: { id: number }) => i.id));
      for (const entry of db.incidentLogEntries) expect(incidents.has(entry.incidentId)).toBe(true);
    }
  });
});

describe('the year’s grid', () => {
  const grid = () => admin.get('/api/kpi/grid?programmeId=1&year=2018');
  const cell = (g: { cells: { indicatorId: number; areaId: number | null; version: number }[] }) =>
    g.cells.find((c) => c.indicatorId === 1 && c.areaId === 1)!;

  it('refuses a grid read before someone else changed a figure in it (409), storing nothing', async () => {
    const read = (await grid()).body;
    const mine = { indicatorId: 1, areaId: 1, value: 25, version: cell(read).version };
    const [a, b] = await together(
      editor.put('/api/kpi/grid?programmeId=1&year=2018', { cells: [mine] }),
      otherEditor.put('/api/kpi/grid?programmeId=1&year=2018', { cells: [{ ...mine, value: 26 }] }),
    );
    expect(statuses([a!, b!])).toEqual([200, 409]);
    const lost = a!.status === 409 ? a! : b!;
    expect(lost.body.cells).toEqual(['1:1']);
    expect(lost.body.message).toContain('ændret af en anden');
    expect(cell((await grid()).body).version).toBe(cell(read).version + 1);
  });

  it('refuses two cells for the same indicator and area in one save', async () => {
    const read = (await grid()).body;
    const version = cell(read).version;
    const res = await editor.put('/api/kpi/grid?programmeId=1&year=2018', {
      cells: [
        { indicatorId: 1, areaId: 1, value: 30, version },
        { indicatorId: 1, areaId: 1, value: 31, version },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors['1:1']).toBe('Cellen er sendt to gange');
    expect(cell((await grid()).body).version).toBe(version);
  });

  it('keeps a locked year locked: an indicator with figures cannot move to another programme', async () => {
    const indicator = (await admin.get('/api/indicators/1')).body;
    const res = await admin.put('/api/indicators/1', { ...indicator, programmeId: 2 });
    expect(res.status).toBe(400);
    expect(res.body.errors.programmeId).toMatch(/målinger/);
    expect((await admin.get('/api/indicators/1')).body.programmeId).toBe(1);
  });
});

describe('users at the same moment', () => {
  it('two admins creating users: both exist, with ids of their own', async () => {
    const other = await server.as('admin');
    const replies = await together(
      admin.post('/api/users', {
        username: 'samtidig1',
        role: 'editor',
        memberships: [{ programmeId: 1, role: 'editor' }],
        password: 'langt-kodeord-1',
      }),
      other.post('/api/users', {
        username: 'samtidig2',
        role: 'board',
        memberships: [{ programmeId: 1, role: 'board' }],
        password: 'langt-kodeord-2',
      }),
    );
    expect(statuses(replies)).toEqual([201, 201]);
    expect(replies[0]!.body.id).not.toBe(replies[1]!.body.id);
    const names = ((await admin.get('/api/users')).body as { username: string }[]).map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['samtidig1', 'samtidig2']));
  });

  it('the same username twice: one user, one refusal', async () => {
    const replies = await together(
      admin.post('/api/users', {
        username: 'dobbelt',
        role: 'editor',
        memberships: [{ programmeId: 1, role: 'editor' }],
        password: 'langt-kodeord-1',
      }),
      admin.post('/api/users', {
        username: 'Dobbelt',
        role: 'editor',
        memberships: [{ programmeId: 1, role: 'editor' }],
        password: 'langt-kodeord-2',
      }),
    );
    expect(statuses(replies)).toEqual([201, 400]);
  });

  it('a deactivation while the user changes their own password is never undone', async () => {
    for (let round = 0; round < 8; round++) {
      const username = `skifter${round}`;
      const created = (
        await admin.post('/api/users', {
          username,
          role: 'editor',
          memberships: [{ programmeId: 1, role: 'editor' }],
          password: PASSWORD,
        })
      ).body;
      const user = await server.anonymous();
      expect((await user.post('/api/auth/login', { username, password: PASSWORD })).status).toBe(200);
      const [change, deactivate] = await together(
        user.post('/api/auth/password', {
          currentPassword: PASSWORD,
          newPassword: `nyt-langt-kodeord-${round}`,
        }),
        admin.put(`/api/users/${created.id}`, { ...created, active: false }),
      );
      expect(deactivate!.status).toBe(200);
      expect([200, 401]).toContain(change!.status);
      expect((await admin.get(`/api/users/${created.id}`)).body.active).toBe(false);
      expect((await user.get('/api/auth/me')).status).toBe(401);
    }
  });

  it('40 parallel wrong passwords: five are checked and audited, 35 refused and only counted', async () => {
    const username = 'maal';
    await admin.post('/api/users', {
      username,
      role: 'board',
      memberships: [{ programmeId: 1, role: 'board' }],
      password: PASSWORD,
    });
    // From an address of its own, so the lock on it leaves the other tests' address alone.
    const guesser = () => new Client(server.url, '127.0.0.2');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        guesser().post('/api/auth/login', { username, password: `forkert-${i}` }),
      ),
    );
    const count = (status: number) => replies.filter((r) => r.status === status).length;
    expect([count(401), count(429)]).toEqual([5, 35]);
    const audit = await auditOf({ username });
    expect(audit.filter((e) => e.action === 'loginFailed')).toHaveLength(5);
    // Refused while locked: counted, and audited once when the lock is over (signInHardening.test.ts).
    expect(audit.filter((e) => e.action === 'loginRefused')).toHaveLength(0);
    // The right password now waits too: the username is locked.
    expect((await server.anonymous().post('/api/auth/login', { username, password: PASSWORD })).status).toBe(
      429,
    );
    // And the address: another username from it waits as well, while other addresses do not.
    expect((await guesser().post('/api/auth/login', { username: 'editor', password: PASSWORD })).status).toBe(
      429,
    );
    expect(
      (await server.anonymous().post('/api/auth/login', { username: 'editor', password: PASSWORD })).status,
    ).toBe(200);
  });
});
