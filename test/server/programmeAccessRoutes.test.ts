import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/server/store/types';
import { listQuery, type Client, type Reply } from '../support/server';
import {
  OTHER_SECRET,
  OTHER_WORD,
  PROGRAMME,
  SCOPES,
  WHO,
  expectBare,
  expectNothingOfOther,
  failedNotification,
  snapshot,
  startTwoProgrammes,
  type Scope,
  type TwoProgrammes,
  type Who,
} from '../support/twoProgrammes';

/**
 * Every route of its own (stats, KPI grid, template and import, status workbook, deadline,
 * retention, steps, board briefing, mail retry, outbox, audit log, users, a reporting round's
 * progress, opening, closing and review) × role × own or other programme, with the one right
 * answer written out. The users are members of programme 1 only; "other" is programme 2.
 */

type Row = readonly [number, number, number, number, number];
interface Route {
  name: string;
  /** In the order anonymous, board, editor, programme administrator, system administrator. */
  expected: Record<Scope, Row>;
  /** Makes what the request needs (a fresh incident or mail), before the store is compared. */
  prepare?: (scope: Scope) => Promise<number>;
  /** Sends the request for programme 1 (own) or 2 (other), with what `prepare` made. */
  send: (client: Client, scope: Scope, prepared: number) => Promise<Reply<any>>;
  /** What a success must hold, beyond its status. */
  check?: (res: Reply<any>, scope: Scope, who: Who) => void;
  /** A file, not JSON: not searched for programme 2's words. */
  binary?: boolean;
}

let t: TwoProgrammes;
let cellsTested = 0;

beforeAll(async () => {
  t = await startTwoProgrammes();
});

afterAll(async () => {
  console.log(`programme access: route × role × own/other cells tested: ${cellsTested}`);
  await t?.server.close();
});

const YEAR = 2025;
const period = (scope: Scope, year = YEAR) => `programmeId=${PROGRAMME[scope]}&year=${year}`;
/** Each grid save its own year, so no two cells write the same figure. */
let gridYear = 2030;
let counter = 0;

/** A fresh yellow incident of the programme (made by the system administrator), for a briefing of its own. */
async function freshIncident(scope: Scope): Promise<number> {
  const res = await t.clients.admin.post('/api/incidents', {
    programmeId: PROGRAMME[scope],
    areaId: t.refs[scope].area,
    occurredAt: '2025-04-07T10:00:00+02:00',
    level: 'yellow',
    category: 'fights',
    policeCase: false,
    activatedBy: 'secretariat',
    description: `Briefing ${++counter}`,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/** A mail that failed, put in the outbox the way the sender leaves one. */
async function freshFailedMail(scope: Scope): Promise<number> {
  const change: Change<number> = {
    decide(state) {
      const id = state.issuedId('notifications') + 1;
      const record = {
        ...failedNotification(id, PROGRAMME[scope], t.refs[scope].incident, `Modtager ${id}`),
        cause: `test:${id}`,
      };
      return { ops: [{ op: 'put', coll: 'notifications', record }], audit: [], result: id };
    },
  };
  return (await t.server.store.commit(change)).result;
}

/** A fresh round of the programme (made by the system administrator), a draft or opened. */
async function freshRound(scope: Scope, open = false): Promise<number> {
  const res = await t.clients.admin.post('/api/reportingRounds', {
    programmeId: PROGRAMME[scope],
    year: 2026,
    opensOn: '2026-11-02',
    dueOn: '2026-11-30',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  if (open)
    expect((await t.clients.admin.post(`/api/reportingRounds/${res.body.id}/open`, {})).status).toBe(200);
  return res.body.id;
}

/** A report submitted in a fresh open round, by the programme's seeded reporter, as the form leaves one. */
async function freshSubmitted(scope: Scope): Promise<number> {
  const roundId = await freshRound(scope, true);
  const change: Change<number> = {
    decide(state) {
      const id = state.issuedId('reportingSubmissions') + 1;
      const record = {
        ...(state.find('reportingSubmissions', PROGRAMME[scope]) as object),
        id,
        version: 1,
        roundId,
        status: 'submitted',
        submittedAt: '2026-11-20T09:00:00.000Z',
      };
      return { ops: [{ op: 'put', coll: 'reportingSubmissions', record }], audit: [], result: id };
    },
  };
  return (await t.server.store.commit(change)).result;
}

const periodIs = (res: Reply<any>, scope: Scope) =>
  expect(res.body.period.programmeId).toBe(PROGRAMME[scope]);

// prettier-ignore
const READ:   Record<Scope, Row> = { own: [401, 200, 200, 200, 200], other: [401, 404, 404, 404, 200] };
// prettier-ignore
const WRITE:  Record<Scope, Row> = { own: [401, 403, 200, 200, 200], other: [401, 403, 404, 404, 200] };
// prettier-ignore
const ADMINS: Record<Scope, Row> = { own: [401, 403, 403, 200, 200], other: [401, 403, 403, 200, 200] };

const ROUTES: Route[] = [
  ...['dashboard', 'incidents', 'response', 'kpi', 'activities'].map((name): Route => ({
    name: `GET /api/stats/${name}`,
    expected: READ,
    send: (c, s) => c.get(`/api/stats/${name}?${period(s)}`),
    check: periodIs,
  })),
  {
    name: 'GET /api/kpi/grid',
    expected: READ,
    send: (c, s) => c.get(`/api/kpi/grid?${period(s)}`),
    check: (res) => expect(JSON.stringify(res.body)).toContain('"indicators"'),
  },
  {
    name: 'PUT /api/kpi/grid',
    expected: WRITE,
    send: (c, s) =>
      c.put(`/api/kpi/grid?${period(s, gridYear++)}`, {
        cells: [{ indicatorId: t.refs[s].indicator, areaId: t.refs[s].area, value: 3 }],
      }),
    check: (res) => expect(res.body.saved).toBe(1),
  },
  {
    name: 'GET /api/kpi/template.xlsx',
    // prettier-ignore
    expected: { own: [401, 403, 200, 200, 200], other: [401, 403, 404, 404, 200] },
    send: (c, s) => c.get(`/api/kpi/template.xlsx?${period(s)}`),
    check: (res) => expect(res.headers.get('content-type')).toContain('spreadsheetml'),
    binary: true,
  },
  {
    name: 'POST /api/kpi/import',
    // prettier-ignore
    expected: { own: [401, 403, 200, 200, 200], other: [401, 403, 404, 404, 200] },
    send: (c, s) =>
      c.post(`/api/kpi/import?${period(s)}`, {
        filename: 'tal.csv',
        content: Buffer.from(
          s === 'own' ? 'Område;P1\nEllekonebakken;24\n' : 'Område;P2\nVangdalen;24\n',
        ).toString('base64'),
      }),
  },
  {
    name: 'GET /api/exports/status-report.xlsx',
    expected: READ,
    send: (c, s) => c.get(`/api/exports/status-report.xlsx?${period(s)}`),
    check: (res) => expect(res.headers.get('content-type')).toContain('spreadsheetml'),
    binary: true,
  },
  {
    name: 'GET /api/deadline',
    expected: READ,
    send: (c, s) =>
      c.get(`/api/deadline?programmeId=${PROGRAMME[s]}&level=yellow&occurredAt=2025-04-07T08:00:00.000Z`),
    check: (res) => expect(res.body.responseDeadline).toMatch(/^\d{4}-\d\d-\d\dT/),
  },
  {
    // Own programme, and an incident of the scope's: the incident must be the user's too.
    name: 'GET /api/deadline?incidentId',
    expected: READ,
    send: (c, s) =>
      c.get(
        `/api/deadline?programmeId=1&level=red&occurredAt=2025-04-07T08:00:00.000Z&incidentId=${t.refs[s].incident}`,
      ),
  },
  {
    name: 'POST /api/incidents/:id/steps',
    expected: WRITE,
    send: (c, s) =>
      c.post(`/api/incidents/${t.refs[s].incident}/steps`, {
        step: 'Situationen bekræftet i gruppen',
        done: counter++ % 2 === 0,
      }),
    check: (res, s) => expect(res.body.id).toBe(t.refs[s].incident),
  },
  {
    name: 'POST /api/incidents/:id/board-briefing',
    // prettier-ignore
    expected: { own: [401, 403, 201, 201, 201], other: [401, 403, 404, 404, 201] },
    prepare: freshIncident,
    send: (c, _s, id) => c.post(`/api/incidents/${id}/board-briefing`, {}),
    check: (res, s) => {
      expect(res.body.kind).toBe('boardBriefing');
      expect(res.body.to).toBe(`bestyrelse${PROGRAMME[s]}@example.org`);
    },
  },
  {
    name: 'POST /api/notifications/:id/retry',
    expected: WRITE,
    prepare: freshFailedMail,
    send: (c, _s, id) => c.post(`/api/notifications/${id}/retry`, {}),
    check: (res, s) => {
      expect(res.body.status).toBe('unsent');
      expect(res.body.programmeId).toBe(PROGRAMME[s]);
    },
  },
  {
    name: 'GET /api/reportingRounds/:id/progress',
    expected: READ,
    send: (c, s) => c.get(`/api/reportingRounds/${PROGRAMME[s]}/progress`),
    check: (res, s) => {
      expect(res.body.round.programmeId).toBe(PROGRAMME[s]);
      expect(JSON.stringify(res.body)).not.toContain('@example.org');
    },
  },
  {
    name: 'POST /api/reportingRounds/:id/open',
    expected: WRITE,
    prepare: (s) => freshRound(s),
    send: (c, _s, id) => c.post(`/api/reportingRounds/${id}/open`, {}),
    check: (res) => expect(res.body.status).toBe('open'),
  },
  {
    name: 'POST /api/reportingRounds/:id/close',
    expected: WRITE,
    prepare: (s) => freshRound(s, true),
    send: (c, _s, id) => c.post(`/api/reportingRounds/${id}/close`, {}),
    check: (res) => expect(res.body.status).toBe('closed'),
  },
  {
    name: 'POST /api/reportingRounds/:id/reporters/:reporterId/return',
    expected: WRITE,
    prepare: freshSubmitted,
    send: (c, _s, id) => {
      const submission = t.server.store.find('reportingSubmissions', id) as Record<string, number>;
      return c.post(`/api/reportingRounds/${submission.roundId}/reporters/${submission.reporterId}/return`, {
        comment: 'Tjek tallet',
      });
    },
    check: (res) => expect(res.body.status).toBe('returned'),
  },
  {
    name: 'GET /api/notifications',
    // prettier-ignore
    expected: { own: [401, 403, 200, 200, 200], other: [401, 403, 200, 200, 200] },
    send: (c, s) => c.get(`/api/notifications${listQuery({ filter: { programmeId: PROGRAMME[s] } })}`),
    check: onlyTheScope('notifications'),
  },
  {
    name: 'GET /api/auditLog',
    expected: ADMINS,
    send: (c, s) => c.get(`/api/auditLog${listQuery({ filter: { programmeId: PROGRAMME[s] } })}`),
    check: onlyTheScope('auditLog'),
  },
  {
    name: 'GET /api/users',
    expected: ADMINS,
    send: (c, s) => c.get(`/api/users${listQuery({ filter: { id: [t.refs[s].user] } })}`),
    check: onlyTheScope('users'),
  },
  {
    name: 'GET /api/retention/preview',
    expected: ADMINS,
    send: (c) => c.get('/api/retention/preview'),
    check: (res, _s, who) => {
      const ids = res.body.programmes.map((p: { id: number }) => p.id);
      expect(ids).toEqual(who === 'admin' ? [1, 2] : [1]);
    },
  },
];

/** A list: the scope's rows, and for another programme's filter an empty page (the system administrator excepted). */
function onlyTheScope(resource: string) {
  return (res: Reply<any>, scope: Scope, who: Who) => {
    if (scope === 'other' && who !== 'admin') {
      expect(res.body).toEqual([]);
      expect(res.headers.get('content-range')).toBe(`${resource} 0-0/0`);
      return;
    }
    expect(res.body.length).toBeGreaterThan(0);
    for (const row of res.body)
      if (resource === 'users')
        expect(row.memberships.map((m: { programmeId: number }) => m.programmeId)).toContain(
          PROGRAMME[scope],
        );
      else expect(row.programmeId).toBe(PROGRAMME[scope]);
  };
}

const CELLS = ROUTES.flatMap((route) =>
  SCOPES.flatMap((scope) =>
    WHO.map((who, i) => ({ route, scope, who, expected: route.expected[scope][i]! })),
  ),
);

describe('route × role × own/other programme', () => {
  it.each(CELLS)('$who $route.name $scope → $expected', async ({ route, scope, who, expected }) => {
    const prepared = (await route.prepare?.(scope)) ?? 0;
    const before = snapshot(t.server);
    const res = await route.send(t.clients[who], scope, prepared);
    expect(res.status, typeof res.body === 'object' ? JSON.stringify(res.body) : String(res.status)).toBe(
      expected,
    );
    cellsTested++;
    if (!route.binary && who !== 'admin') expectNothingOfOther(res, route.name);
    if (expected >= 400) {
      expectBare(res);
      expect(snapshot(t.server), 'a refusal changes nothing').toEqual(before);
      return;
    }
    route.check?.(res, scope, who);
  });
});

describe('the board briefing', () => {
  it('goes out once per incident and level: a second is 409 and mails no one', async () => {
    const id = await freshIncident('own');
    const first = await t.clients.editor.post(`/api/incidents/${id}/board-briefing`, {});
    expect(first.status).toBe(201);
    const before = snapshot(t.server);
    for (const who of ['editor', 'programmeAdmin', 'admin'] as const) {
      const again = await t.clients[who].post(`/api/incidents/${id}/board-briefing`, {});
      expect(again.status, who).toBe(409);
      expectBare(again);
    }
    expect(snapshot(t.server)).toEqual(before);
    // A new level is news for the board again.
    expect((await t.clients.editor.put(`/api/incidents/${id}`, { level: 'red' })).status).toBe(200);
    expect((await t.clients.editor.post(`/api/incidents/${id}/board-briefing`, {})).status).toBe(201);
  });
});

describe('the audit log of a programme administrator', () => {
  it('holds only entries stamped with their programme, and another’s entry is 404', async () => {
    const mine = await t.clients.programmeAdmin.get(`/api/auditLog${listQuery({ range: [0, 9999] })}`);
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(new Set(mine.body.map((e: { programmeId: number }) => e.programmeId))).toEqual(new Set([1]));
    expect(mine.headers.get('content-range')).toMatch(new RegExp(`/${mine.body.length}$`));
    const all = t.server.store.audit();
    expect(mine.body.length).toBe(all.filter((e) => e.programmeId === 1).length);
    const others = all.filter((e) => e.programmeId !== 1);
    expect(others.some((e) => e.programmeId === 2)).toBe(true);
    // Programme 2's words are in its entries (the system administrator finds them), not in the programme administrator's.
    const found = await t.clients.admin.get(`/api/auditLog${listQuery({ filter: { q: OTHER_WORD } })}`);
    expect(found.body.length).toBeGreaterThan(0);
    expectNothingOfOther(mine, 'the programme administrator’s audit log');
    for (const entry of others.slice(0, 20)) {
      const res = await t.clients.programmeAdmin.get(`/api/auditLog/${entry.id}`);
      expect(res.status, `entry ${entry.id}`).toBe(404);
    }
    for (const filter of [
      { programmeId: 2 },
      { programmeId: [1, 2] },
      { programmeId_ne: 1 },
      { resource: 'users' },
      { q: OTHER_WORD },
      { q: 'Randers' },
    ]) {
      const res = await t.clients.programmeAdmin.get(`/api/auditLog${listQuery({ filter })}`);
      expect(res.status, JSON.stringify(filter)).toBe(200);
      for (const e of res.body) expect(e.programmeId, JSON.stringify(filter)).toBe(1);
    }
  });
});

describe('users, for a programme administrator', () => {
  /** A user in both programmes, made by the system administrator. */
  let both = 0;
  beforeAll(async () => {
    const res = await t.clients.admin.post('/api/users', {
      username: 'begge',
      fullName: 'I begge planer',
      role: 'editor',
      password: 'lang-nok-kode-1',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'editor' },
      ],
    });
    expect(res.status).toBe(201);
    both = res.body.id;
  });
  const padmin = () => t.clients.programmeAdmin;
  const storedUser = (id: number) =>
    (t.server.store.all('users') as { id: number }[]).find((u) => u.id === id) as Record<string, any>;

  it('lists only users of their programme, with only its memberships, and no system administrator', async () => {
    const res = await padmin().get(`/api/users${listQuery({ range: [0, 9999] })}`);
    expect(res.status).toBe(200);
    const names = res.body.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['editor1', 'board1', 'padmin1', 'kun1', 'begge']));
    expect(names).not.toContain('kun2');
    expect(names).not.toContain('admin');
    for (const user of res.body)
      expect(user.memberships.map((m: { programmeId: number }) => m.programmeId)).toEqual([1]);
    expect(res.headers.get('content-range')).toMatch(new RegExp(`/${res.body.length}$`));
    const one = await padmin().get(`/api/users/${both}`);
    expect(one.body.memberships).toEqual([{ programmeId: 1, role: 'editor' }]);
    expect((await padmin().get(`/api/users/${t.userIds.admin}`)).status).toBe(404);
    expect((await padmin().get(`/api/users/${t.refs.other.user}`)).status).toBe(404);
  });

  it('cannot make a system administrator, grant programme 2, or reach what the user has there', async () => {
    const before = snapshot(t.server);
    const refusals: [string, () => Promise<Reply<any>>, number][] = [
      [
        'create an admin',
        () =>
          padmin().post('/api/users', { username: 'ny-admin', role: 'admin', password: 'lang-nok-kode-1' }),
        403,
      ],
      [
        'create in programme 2',
        () =>
          padmin().post('/api/users', {
            username: 'ny-begge',
            role: 'editor',
            password: 'lang-nok-kode-1',
            memberships: [
              { programmeId: 1, role: 'editor' },
              { programmeId: 2, role: 'editor' },
            ],
          }),
        400,
      ],
      [
        'grant programme 2',
        () =>
          padmin().put(`/api/users/${t.refs.own.user}`, {
            memberships: [
              { programmeId: 1, role: 'board' },
              { programmeId: 2, role: 'programmeAdmin' },
            ],
          }),
        400,
      ],
      ['promote to admin', () => padmin().put(`/api/users/${t.refs.own.user}`, { role: 'admin' }), 403],
      [
        'deactivate a user also in programme 2',
        () => padmin().put(`/api/users/${both}`, { active: false }),
        403,
      ],
      [
        'set the password of a user also in programme 2',
        () => padmin().put(`/api/users/${both}`, { password: 'en-helt-ny-kode-9' }),
        403,
      ],
      [
        'change a user of programme 2',
        () => padmin().put(`/api/users/${t.refs.other.user}`, { fullName: 'X' }),
        404,
      ],
      [
        'change the system administrator',
        () => padmin().put(`/api/users/${t.userIds.admin}`, { fullName: 'X' }),
        404,
      ],
    ];
    for (const [what, send, status] of refusals) {
      const res = await send();
      expect(res.status, what).toBe(status);
      expectBare(res);
      expectNothingOfOther(res, what);
    }
    expect(snapshot(t.server)).toEqual(before);
  });

  it('changes only their programme’s membership of a user in both; programme 2’s stays', async () => {
    const res = await padmin().put(`/api/users/${both}`, {
      memberships: [{ programmeId: 1, role: 'board' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.memberships).toEqual([{ programmeId: 1, role: 'board' }]);
    expect(storedUser(both).memberships).toEqual([
      { programmeId: 1, role: 'board' },
      { programmeId: 2, role: 'editor' },
    ]);
    // Taking the user out of programme 1 leaves them in 2, and out of the programme administrator's sight.
    expect((await padmin().put(`/api/users/${both}`, { memberships: [] })).status).toBe(200);
    expect(storedUser(both).memberships).toEqual([{ programmeId: 2, role: 'editor' }]);
    expect((await padmin().get(`/api/users/${both}`)).status).toBe(404);
  });

  it('deactivates a user of their programme alone', async () => {
    const res = await padmin().put(`/api/users/${t.refs.own.user}`, { active: false });
    expect(res.status).toBe(200);
    expect(storedUser(t.refs.own.user).active).toBe(false);
  });
});

describe('retention (last: it erases)', () => {
  /** Closed incidents with notes, long ago, in each programme; both programmes keep notes 12 months. */
  const due: Record<Scope, number> = { own: 0, other: 0 };
  beforeAll(async () => {
    for (const scope of SCOPES) {
      const res = await t.clients.admin.post('/api/incidents', {
        programmeId: PROGRAMME[scope],
        areaId: t.refs[scope].area,
        occurredAt: '2024-01-10T10:00:00+01:00',
        level: 'yellow',
        category: 'fights',
        policeCase: false,
        activatedBy: 'secretariat',
        description: 'Gammel sag',
        confidentialNotes: `Slettes ${scope}`,
        status: 'closed',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      due[scope] = res.body.id;
      const rule = await t.clients.admin.put(`/api/programmes/${PROGRAMME[scope]}`, { retentionMonths: 12 });
      expect(rule.status, JSON.stringify(rule.body)).toBe(200);
    }
  });
  const notes = (id: number) =>
    (t.server.readDb().incidents as { id: number; confidentialNotes: unknown }[]).find((i) => i.id === id)!
      .confidentialNotes;

  it('the preview of a programme administrator counts only their programme', async () => {
    const mine = await t.clients.programmeAdmin.get('/api/retention/preview');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    for (const item of mine.body.items) expect(item.programmeId).toBe(1);
    expect(mine.body.items.map((i: { id: number }) => i.id)).not.toContain(due.other);
    const all = await t.clients.admin.get('/api/retention/preview');
    expect(all.body.items.some((i: { programmeId: number }) => i.programmeId === 2)).toBe(true);
    for (const who of ['board', 'editor'] as const)
      expect((await t.clients[who].get('/api/retention/preview')).status, who).toBe(403);
  });

  it('a run by anyone but an administrator is refused; a programme administrator’s erases only their programme', async () => {
    const before = snapshot(t.server);
    expect((await t.clients.anonymous.post('/api/retention/run', {})).status).toBe(401);
    for (const who of ['board', 'editor'] as const)
      expect((await t.clients[who].post('/api/retention/run', {})).status, who).toBe(403);
    expect(snapshot(t.server)).toEqual(before);
    const dry = await t.clients.programmeAdmin.post('/api/retention/run', { dryRun: true });
    expect(dry.status).toBe(200);
    expect(snapshot(t.server)).toEqual(before);

    const run = await t.clients.programmeAdmin.post('/api/retention/run', {});
    expect(run.status).toBe(200);
    expect(run.body.counts).toEqual(dry.body.counts);
    expect(notes(due.own)).toBeNull();
    expect(notes(due.other)).toBe('Slettes other');
    // Programme 2's notes are all still there: its incident, its log entry.
    const db = t.server.readDb();
    expect(db.incidents.find((i: { id: number }) => i.id === 3).confidentialNotes).toContain(OTHER_SECRET);
    expect(db.incidentLogEntries.find((e: { id: number }) => e.id === 2).confidentialNotes).toContain(
      OTHER_SECRET,
    );
    const erasures = t.server.store.audit().filter((e) => e.action === 'erasure');
    expect(erasures.map((e) => e.recordId)).toEqual([1]);

    // The system administrator's run reaches programme 2.
    const all = await t.clients.admin.post('/api/retention/run', {});
    expect(all.status).toBe(200);
    expect(notes(due.other)).toBeNull();
  });
});
