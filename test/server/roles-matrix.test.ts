import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES, RESOURCE_NAMES, serverFields, type ResourceName } from '../../src/domain/resources';
import { fixture } from '../support/fixture';
import { listQuery, startServer, type Client, type Reply, type TestServer } from '../support/server';

/**
 * Every resource × method × role, with the expected status written out cell by cell, and
 * every route a board member can reach checked for confidential fields. Every user here is
 * a member of every programme the test uses (the fixture's two, and each one made for a
 * cell): what one programme's users may not do in another's is test/server/programmeAccess*.
 */

type Resource = ResourceName | 'users' | 'auditLog';
type Role = 'anonymous' | 'board' | 'editor' | 'programmeAdmin' | 'admin';
type Method = 'list' | 'show' | 'create' | 'update' | 'delete';

const ROLES: readonly Role[] = ['anonymous', 'board', 'editor', 'programmeAdmin', 'admin'];
const METHODS: readonly Method[] = ['list', 'show', 'create', 'update', 'delete'];

// prettier-ignore
/**
 * The expected status of every cell, in the order anonymous, board, editor, programme
 * administrator (of every programme here) and system administrator.
 */
const EXPECTED: Record<Resource, Record<Method, readonly [number, number, number, number, number]>> = {
  //                        anon  board editor pAdmin admin
  // Made and removed by the system administrator; their settings by programme administrators too.
  programmes: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  403,   403,   201 ],
    update:               [ 401,  403,  403,   200,   200 ],
    delete:               [ 401,  403,  403,   403,   200 ],
  },
  areas: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  participants: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  incidents: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  // Append-only: a correction is a new entry; nobody may change or delete one.
  incidentLogEntries: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  405,   405,   405 ],
    delete:               [ 401,  403,  405,   405,   405 ],
  },
  // A draft may be deleted; the cell's plan is a fresh draft.
  actionPlans: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  indicators: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  measurements: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  // Everyone reads; only administrators lock or unlock a year, and a lock is never deleted.
  yearLocks: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  403,   201,   201 ],
    update:               [ 401,  403,  403,   200,   200 ],
    delete:               [ 401,  403,  403,   409,   409 ],
  },
  activities: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  activityLogs: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  // Administrators only (a programme's: its users); users are deactivated, never deleted.
  users: {
    list:                 [ 401,  403,  403,   200,   200 ],
    show:                 [ 401,  403,  403,   200,   200 ],
    create:               [ 401,  403,  403,   201,   201 ],
    update:               [ 401,  403,  403,   200,   200 ],
    delete:               [ 401,  403,  403,   405,   405 ],
  },
  // Written by the server's outbox alone; the secretariat reads it, the board does not.
  notifications: {
    list:                 [ 401,  403,  200,   200,   200 ],
    show:                 [ 401,  403,  200,   200,   200 ],
    create:               [ 401,  403,  403,   403,   403 ],
    update:               [ 401,  403,  403,   403,   403 ],
    delete:               [ 401,  403,  403,   403,   403 ],
  },
  // A programme's reporters: the board reads them without their contact people (confidential).
  reporters: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  // Opened and closed by routes of their own; a draft round may be deleted.
  reportingRounds: {
    list:                 [ 401,  200,  200,   200,   200 ],
    show:                 [ 401,  200,  200,   200,   200 ],
    create:               [ 401,  403,  201,   201,   201 ],
    update:               [ 401,  403,  200,   200,   200 ],
    delete:               [ 401,  403,  200,   200,   200 ],
  },
  // Written by the reporter's link and the review alone; the secretariat reads them, the board does not.
  reportingSubmissions: {
    list:                 [ 401,  403,  200,   200,   200 ],
    show:                 [ 401,  403,  200,   200,   200 ],
    create:               [ 401,  403,  403,   403,   403 ],
    update:               [ 401,  403,  403,   403,   403 ],
    delete:               [ 401,  403,  403,   403,   403 ],
  },
  // Administrators only (a programme's: its entries), and read-only for them too.
  auditLog: {
    list:                 [ 401,  403,  403,   200,   200 ],
    show:                 [ 401,  403,  403,   200,   200 ],
    create:               [ 401,  403,  403,   405,   405 ],
    update:               [ 401,  403,  403,   405,   405 ],
    delete:               [ 401,  403,  403,   405,   405 ],
  },
};

const RESOURCE_LIST = Object.keys(EXPECTED) as Resource[];

// ---------------------------------------------------------------------------------------------
// The store: the shared fixture, plus a log entry and an action plan with confidential notes
// ---------------------------------------------------------------------------------------------

const INCIDENT_SECRET = fixture.incidents.find((i) => i.id === 1)!.confidentialNotes!;
const LOG_SECRET = 'Hemmelig kilde: anmelder nr. 4711 bor i opgang B';
const PLAN_SECRET = 'Hemmelig efterforskning, politiets journal 4711-2019';
/** Neither may ever reach a board member, in any form. */
const MARKERS = ['Hemmelig', '4711'];

const seed = {
  ...fixture,
  notifications: [
    {
      id: 1,
      version: 1,
      incidentId: 1,
      programmeId: 1,
      participantId: 1,
      name: 'Mette Lund',
      to: 'mette@example.org',
      kind: 'activation',
      cause: 'activation:1:yellow:2019-03-04T18:00:00.000Z',
      status: 'sent',
      attempts: 1,
      lastError: null,
      createdAt: '2019-03-04T18:00:00.000Z',
      sentAt: '2019-03-04T18:00:10.000Z',
      nextAttemptAt: null,
      claimedUntil: null,
      replyTokenHash: 'a'.repeat(64),
      reply: null,
      repliedAt: null,
    },
  ],
  incidentLogEntries: [
    {
      id: 1,
      incidentId: 1,
      at: '2019-03-04T18:30:00.000Z',
      happened: 'Beboere samlet ved legepladsen',
      decided: 'Boligsocial medarbejder tager kontakt',
      informed: 'Politiet',
      correctsId: null,
      confidentialNotes: LOG_SECRET,
      author: 'editor',
    },
  ],
  actionPlans: [
    {
      id: 1,
      ...RESOURCES.actionPlans.schema.parse({
        programmeId: 1,
        incidentIds: [1],
        startDate: '2019-03-05',
        endDate: '2019-04-05',
        situation: { description: 'Hærværk på legepladsen', involvedCount: 6, escalationRisk: 'medium' },
        purpose: 'Skabe ro omkring legepladsen',
        targetGroups: 'Unge 14–20 år',
        interventions: [{ action: 'Synlig patruljering', party: 'Politiet' }],
        communications: [{ audience: 'residents', keyMessage: 'Der er ekstra opsyn' }],
        confidentialNotes: PLAN_SECRET,
      }),
      history: [{ at: '2019-03-05T08:00:00.000Z', username: 'editor', event: 'created' }],
    },
  ],
  reporters: [
    {
      id: 1,
      programmeId: 1,
      organisation: 'Boligselskabet Viborg',
      contacts: [{ name: 'Hemmelig Kontaktperson', email: 'kontakt4711@example.org', participantId: null }],
      assignments: [],
    },
  ],
  reportingRounds: [
    {
      id: 1,
      programmeId: 1,
      year: 2026,
      projectYear: false,
      opensOn: '2026-11-02',
      dueOn: '2026-11-30',
      graceDays: 0,
      remindDaysBefore: 3,
      name: null,
      status: 'draft',
      openedAt: null,
      closedAt: null,
    },
  ],
  reportingSubmissions: [
    {
      id: 1,
      version: 1,
      programmeId: 1,
      roundId: 1,
      reporterId: 1,
      organisation: 'Boligselskabet Viborg',
      status: 'draft',
      items: [],
      savedAt: '2026-11-03T09:00:00.000Z',
      submittedAt: null,
      returnComment: null,
      approvedBy: null,
      approvedAt: null,
    },
  ],
};

let server: TestServer;
const clients = {} as Record<Role, Client>;
let cellsTested = 0;
/** What measurements and log book sessions refer to, made in beforeAll. */
let indicatorId = 0;
let activityId = 0;
/** An audit entry of programme 1: what a programme administrator of it may read. */
let auditEntryId = 0;

beforeAll(async () => {
  server = await startServer({ seed });
  clients.anonymous = server.anonymous();
  for (const role of ['board', 'editor', 'admin'] as const) clients[role] = await server.as(role);
  clients.programmeAdmin = await server.member('programmeAdmin', [
    { programmeId: 1, role: 'programmeAdmin' },
    { programmeId: 2, role: 'programmeAdmin' },
  ]);
  indicatorId = await freshTarget('indicators');
  activityId = await freshTarget('activities');
  const entries = await clients.admin.get(
    `/api/auditLog${listQuery({ filter: { programmeId: 1, resource: 'indicators' } })}`,
  );
  auditEntryId = entries.body[0].id;
});

afterAll(async () => {
  console.log(`role × resource × method cells tested: ${cellsTested}`);
  await server?.close();
});

// ---------------------------------------------------------------------------------------------
// Valid bodies and fresh targets
// ---------------------------------------------------------------------------------------------

let counter = 0;
/** Measurements are one per indicator, area and year; locks one per programme and year. */
let measurementSeq = 0;
let lockSeq = 0;

/** A body the server accepts as a create. */
function validBody(resource: Resource): Record<string, unknown> {
  counter++;
  switch (resource) {
    case 'programmes':
      return {
        name: `Matrixplan ${counter}`,
        municipality: 'Viborg',
        periodStart: '2024-01-01',
        periodEnd: '2027-12-31',
      };
    case 'areas':
      return {
        name: `Matrixområde ${counter}`,
        programmeId: 1,
        housingOrganisation: 'Boligselskabet Viborg',
      };
    case 'participants':
      return {
        programmeId: 2,
        name: `Matrix Deltager ${counter}`,
        title: 'Konsulent',
        organisation: 'Randers',
      };
    case 'incidents':
      return {
        programmeId: 1,
        areaId: 1,
        occurredAt: '2025-04-07T10:00:00+02:00',
        level: 'yellow',
        category: 'fights',
        policeCase: false,
        activatedBy: 'secretariat',
        description: `Matrixhændelse ${counter}`,
      };
    case 'incidentLogEntries':
      return { incidentId: 1, happened: `Matrixlogpost ${counter}` };
    case 'actionPlans':
      return { programmeId: 1, incidentIds: [2], purpose: `Matrixplan ${counter}` };
    case 'indicators':
      return {
        programmeId: 1,
        code: `M${counter}`,
        name: `Klager ${counter}`,
        unit: 'count',
        direction: 'lower',
        baselineYear: 2020,
        target: { rule: 'fixed', value: 10 },
      };
    case 'measurements':
      measurementSeq++;
      return {
        indicatorId,
        areaId: 1 + Math.floor(measurementSeq / 100),
        year: 1990 + (measurementSeq % 100),
        value: 5,
      };
    case 'yearLocks':
      // Programme 2: the indicator's programme 1 keeps its years open for the measurement cells.
      return { programmeId: 2, year: 1990 + ++lockSeq, reason: 'Godkendt på statusmødet' };
    case 'activities':
      return { programmeId: 1, name: `Lektiecafé ${counter}`, focusArea: 'Uddannelse' };
    case 'activityLogs':
      return { activityId, areaId: 1, date: '2025-05-01', participants: 12 };
    case 'users':
      return {
        username: `matrix${counter}`,
        fullName: 'Matrix Bruger',
        role: 'board',
        memberships: [{ programmeId: 1, role: 'board' }],
        password: 'lang-nok-kode-1',
      };
    case 'auditLog':
      return { action: 'login', username: 'admin' };
    case 'notifications':
      return { incidentId: 1, programmeId: 1, to: 'x@example.org', kind: 'activation' };
    case 'reporters':
      return {
        programmeId: 1,
        organisation: `Matrixindberetter ${counter}`,
        contacts: [{ name: 'Matrix Kontakt', email: `kontakt${counter}@example.org` }],
        assignments: [],
      };
    case 'reportingRounds':
      return { programmeId: 1, year: 2026, opensOn: '2026-01-05', dueOn: '2026-02-02' };
    case 'reportingSubmissions':
      return { programmeId: 1, roundId: 1, reporterId: 1, organisation: 'X', status: 'draft', items: [] };
  }
}

/** What an update changes, and the field to find it by. */
function updateBody(resource: Resource): Record<string, unknown> {
  switch (resource) {
    case 'programmes':
    case 'areas':
    case 'participants':
      return { name: `Omdøbt ${++counter}` };
    case 'incidents':
      return { description: `Rettet beskrivelse ${++counter}` };
    case 'incidentLogEntries':
      return { happened: `Ændret ${++counter}` };
    case 'actionPlans':
      return { purpose: `Nyt formål ${++counter}` };
    case 'indicators':
    case 'activities':
      return { name: `Omdøbt ${++counter}` };
    case 'measurements':
      return { value: 7 };
    case 'yearLocks':
      return { reason: `Ny begrundelse ${++counter}` };
    case 'activityLogs':
      return { participants: 14 };
    case 'users':
      return { fullName: `Omdøbt ${++counter}` };
    case 'auditLog':
      return { action: 'logout' };
    case 'notifications':
      return { status: 'sent' };
    case 'reportingSubmissions':
      return { status: 'approved' };
    case 'reporters':
      return { organisation: `Omdøbt ${++counter}` };
    case 'reportingRounds':
      return { name: `Omdøbt ${++counter}` };
  }
}

/**
 * A fresh record (made by the admin) for a show, update or delete cell; nothing refers to
 * it. A fresh programme gets the test's users as members, in the role they have everywhere
 * else, so its cells answer for the role and not for a missing membership (that is 404).
 */
async function freshTarget(resource: Resource): Promise<number> {
  if (resource === 'auditLog') return auditEntryId;
  if (resource === 'notifications' || resource === 'reportingSubmissions') return 1; // the seed's
  const res = await clients.admin.post(`/api/${resource}`, validBody(resource));
  expect(res.status, `setting up ${resource}: ${JSON.stringify(res.body)}`).toBe(201);
  if (resource === 'programmes') await grantEveryone(res.body.id);
  return res.body.id;
}

async function grantEveryone(programmeId: number) {
  const users = (await clients.admin.get('/api/users')).body as {
    id: number;
    username: string;
    memberships: { programmeId: number; role: string }[];
    version: number;
  }[];
  for (const username of ['board', 'editor', 'programmeAdmin']) {
    const user = users.find((u) => u.username === username)!;
    const role = user.memberships[0]!.role;
    const res = await clients.admin.put(`/api/users/${user.id}`, {
      memberships: [...user.memberships, { programmeId, role }],
    });
    expect(res.status, `granting ${username} programme ${programmeId}`).toBe(200);
  }
}

/** Everything a request could change: the store and the users. */
function snapshot() {
  return {
    db: server.readDb(),
    users: { users: structuredClone(server.store.all('users')) },
  };
}

function stored(resource: Resource, id: number): Record<string, unknown> | undefined {
  const now = snapshot();
  const records = resource === 'users' ? now.users.users : now.db[resource];
  return (records as { id: number }[] | undefined)?.find((r) => r.id === id);
}

/** Sends the cell's request; returns the answer and the body sent. */
async function perform(
  role: Role,
  resource: Resource,
  method: Method,
  id: number,
): Promise<{ res: Reply<any>; sent?: Record<string, unknown> }> {
  const client = clients[role];
  switch (method) {
    case 'list':
      return { res: await client.get(`/api/${resource}`) };
    case 'show':
      return { res: await client.get(`/api/${resource}/${id}`) };
    case 'create': {
      const sent = validBody(resource);
      return { res: await client.post(`/api/${resource}`, sent), sent };
    }
    case 'update': {
      const sent = updateBody(resource);
      return { res: await client.put(`/api/${resource}/${id}`, sent), sent };
    }
    case 'delete':
      return { res: await client.delete(`/api/${resource}/${id}`) };
  }
}

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

const CELLS = RESOURCE_LIST.flatMap((resource) =>
  METHODS.flatMap((method) =>
    ROLES.map((role, i) => ({ resource, method, role, expected: EXPECTED[resource][method][i]! })),
  ),
);

describe('role × resource × method', () => {
  it('has a row for every resource the server serves', () => {
    expect(RESOURCE_LIST.sort()).toEqual([...RESOURCE_NAMES, 'users', 'auditLog'].sort());
  });

  it.each(CELLS)('$role $method $resource → $expected', async ({ resource, method, role, expected }) => {
    const id = method === 'list' || method === 'create' ? 0 : await freshTarget(resource);
    const before = snapshot();
    const { res, sent } = await perform(role, resource, method, id);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    cellsTested++;

    if (expected >= 400) {
      // Refused: a message and nothing else, and nothing changed.
      expect(Object.keys(res.body ?? {}).filter((k) => k !== 'message' && k !== 'errors')).toEqual([]);
      expect(snapshot()).toEqual(before);
      return;
    }
    switch (method) {
      case 'list':
        expect(Array.isArray(res.body)).toBe(true);
        expect(res.headers.get('content-range')).toMatch(new RegExp(`^${resource} \\d+-\\d+/\\d+$`));
        break;
      case 'show':
        expect(res.body.id).toBe(id);
        break;
      case 'create':
        expect(stored(resource, res.body.id), 'the created record is stored').toBeDefined();
        break;
      case 'update':
        for (const [field, value] of Object.entries(sent!))
          expect(stored(resource, id)?.[field], `stored ${field}`).toEqual(value);
        break;
      case 'delete':
        expect(stored(resource, id), 'the deleted record is gone').toBeUndefined();
        break;
    }
  });
});

describe('a programme the users are not members of', () => {
  it('is not there for them: 404 to show and change, absent from the list; the system administrator sees it', async () => {
    const made = await clients.admin.post('/api/programmes', validBody('programmes'));
    expect(made.status).toBe(201);
    const id = made.body.id as number;
    const before = snapshot();
    for (const role of ['board', 'editor', 'programmeAdmin'] as const) {
      const client = clients[role];
      expect((await client.get(`/api/programmes/${id}`)).status, `${role} show`).toBe(404);
      const list = await client.get('/api/programmes');
      expect(
        list.body.map((p: { id: number }) => p.id),
        `${role} list`,
      ).not.toContain(id);
      const writes = [
        await client.put(`/api/programmes/${id}`, { name: 'Overtaget' }),
        await client.delete(`/api/programmes/${id}`),
      ];
      // The gate refuses what the role may do nowhere (403); a programme administrator's edit is 404.
      expect(
        writes.map((r) => r.status),
        role,
      ).toEqual(role === 'programmeAdmin' ? [404, 403] : [403, 403]);
      cellsTested += 4;
    }
    expect(snapshot()).toEqual(before);
    expect((await clients.admin.get(`/api/programmes/${id}`)).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// Confidential fields and the board
// ---------------------------------------------------------------------------------------------

const CONFIDENTIAL = RESOURCE_NAMES.filter((r) => RESOURCES[r].confidential.length > 0);

/** The texts of a value, nested ones too (a reporter's contacts are a list of people). */
const textsOf = (value: unknown): string[] =>
  value === null || value === undefined
    ? []
    : typeof value === 'object'
      ? Object.values(value).flatMap(textsOf)
      : [String(value)];

/** The board's answer must carry no confidential value and no marker of one. */
function expectNoSecret(res: Reply<any>, what: string) {
  const text = JSON.stringify(res.body) ?? '';
  for (const marker of [...MARKERS, INCIDENT_SECRET, LOG_SECRET, PLAN_SECRET])
    expect(text, `${what} (${res.status}) leaks ${marker}`).not.toContain(marker);
  for (const record of Array.isArray(res.body) ? res.body : [res.body])
    if (record && typeof record === 'object')
      for (const r of CONFIDENTIAL)
        for (const field of RESOURCES[r].confidential)
          expect(record, `${what} carries ${field}`).not.toHaveProperty(field);
}

describe('confidential fields never reach a board member', () => {
  it('covers a seeded record with a confidential value in every resource that has such fields', () => {
    expect(CONFIDENTIAL.sort()).toEqual(['actionPlans', 'incidentLogEntries', 'incidents', 'reporters']);
    for (const resource of CONFIDENTIAL) {
      const record = server.readDb()[resource].find((r: { id: number }) => r.id === 1);
      for (const field of RESOURCES[resource].confidential)
        expect(
          MARKERS.some((m) => textsOf(record[field]).some((t) => t.includes(m))),
          `${resource}/1.${field}`,
        ).toBe(true);
    }
  });

  it('GET /api/incidents/1 as board has no key confidentialNotes at all', async () => {
    const res = await clients.board.get('/api/incidents/1');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).not.toContain('confidentialNotes');
    expect(res.body.description).toBe('Hærværk på legeplads og opgange');
    expectNoSecret(res, 'show');
  });

  describe.each(CONFIDENTIAL)('%s', (resource) => {
    const def = RESOURCES[resource];
    const hidden = new Set(def.confidential);
    /** What a board member may read, filter and sort on: everything but the confidential fields. */
    const readable = [...Object.keys(def.schema.shape), ...serverFields(def)].filter((f) => !hidden.has(f));
    const board = () => clients.board;
    const editorView = async () =>
      (await clients.editor.get(`/api/${resource}/1`)).body as Record<string, unknown>;

    it('list, show and range: no confidential field or value', async () => {
      for (const query of ['', listQuery({ range: [0, 0] }), listQuery({ range: [0, 10_000] })]) {
        const res = await board().get(`/api/${resource}${query}`);
        expect(res.status).toBe(200);
        expect(res.body.length).toBeGreaterThan(0);
        expectNoSecret(res, `list ${query}`);
      }
      const one = await board().get(`/api/${resource}/1`);
      expect(one.status).toBe(200);
      for (const field of def.confidential) expect(Object.keys(one.body)).not.toContain(field);
      expectNoSecret(one, 'show');
    });

    it('sorted on every readable field, both ways', async () => {
      for (const field of readable)
        for (const order of ['ASC', 'DESC']) {
          const res = await board().get(`/api/${resource}${listQuery({ sort: [field, order] })}`);
          expect(res.status, `${field} ${order}`).toBe(200);
          expectNoSecret(res, `sort ${field} ${order}`);
        }
    });

    it('filtered on every readable field, with every operator', async () => {
      const record = await editorView();
      for (const field of readable) {
        const value = record[field];
        const scalar = Array.isArray(value) ? value[0] : value;
        if (scalar !== null && typeof scalar === 'object') continue; // nested: not filterable
        for (const [key, filterValue] of [
          [field, scalar],
          [field, [scalar]],
          [`${field}_ne`, scalar],
          [`${field}_gte`, scalar],
          [`${field}_lte`, scalar],
        ] as const) {
          const res = await board().get(`/api/${resource}${listQuery({ filter: { [key]: filterValue } })}`);
          expect(res.status, `${key}=${JSON.stringify(filterValue)}`).toBe(200);
          expectNoSecret(res, `filter ${key}`);
        }
      }
      const many = await board().get(`/api/${resource}${listQuery({ filter: { id: [1] } })}`);
      expect(many.body.map((r: { id: number }) => r.id)).toEqual([1]);
      expectNoSecret(many, 'getMany');
    });

    it('a search for the confidential text finds nothing', async () => {
      const record = await editorView();
      const secrets = def.confidential.flatMap((f) => textsOf(record[f]));
      // The words a board member could legitimately find elsewhere: every readable value of every record.
      const all = (await clients.editor.get(`/api/${resource}`)).body as Record<string, unknown>[];
      const visibleText = all
        .flatMap((r) => Object.entries(r).filter(([k]) => !hidden.has(k)))
        .map(([, v]) => (v === null || typeof v === 'object' ? '' : String(v)))
        .join(' ')
        .toLocaleLowerCase('da');
      const words = secrets.flatMap((s) => s.split(/\s+/).filter(Boolean));
      for (const q of [...secrets, ...words, ...MARKERS, 'hemmelig', '4711']) {
        const res = await board().get(`/api/${resource}${listQuery({ filter: { q } })}`);
        expect(res.status, q).toBe(200);
        expectNoSecret(res, `q=${q}`);
        const onlySecret = q
          .toLocaleLowerCase('da')
          .split(/\s+/)
          .some((w) => !visibleText.includes(w));
        if (onlySecret) {
          expect(res.body, `q=${q}`).toEqual([]);
          expect(res.headers.get('content-range')).toBe(`${resource} 0-0/0`);
        }
      }
      // The editor does find it: the search is on, just not for the board.
      const editorSearch = await clients.editor.get(
        `/api/${resource}${listQuery({ filter: { q: '4711' } })}`,
      );
      expect(editorSearch.body.map((r: { id: number }) => r.id)).toContain(1);
    });

    it('filtering or sorting on a confidential field is refused without a trace of it', async () => {
      for (const field of def.confidential) {
        const record = await editorView();
        for (const key of [field, `${field}_gte`, `${field}_lte`, `${field}_ne`]) {
          const res = await board().get(`/api/${resource}${listQuery({ filter: { [key]: record[field] } })}`);
          expect(res.status, key).toBe(400);
          expectNoSecret(res, `filter ${key}`);
        }
        for (const order of ['ASC', 'DESC']) {
          const res = await board().get(`/api/${resource}${listQuery({ sort: [field, order] })}`);
          expect(res.status).toBe(400);
          expectNoSecret(res, `sort ${field}`);
        }
      }
    });

    it('json-server’s own parameters and a method override pull nothing in', async () => {
      const paths = [
        `/api/${resource}/1?_embed=incidents`,
        `/api/${resource}/1?_embed=incidentLogEntries`,
        `/api/${resource}/1?_embed=actionPlans`,
        `/api/${resource}/1?_expand=incident`,
        `/api/${resource}/1?_expand=programme`,
        `/api/${resource}?q=4711`,
        `/api/${resource}?confidentialNotes_like=Hemmelig`,
        `/api/${resource}?_embed=incidentLogEntries`,
        '/api/programmes/1?_embed=incidents',
        '/api/programmes/1?_embed=actionPlans',
        '/api/areas/1?_embed=incidents',
        '/api/incidents/1?_embed=incidentLogEntries',
        '/api/db',
      ];
      for (const p of paths) expectNoSecret(await board().get(p), p);
      const override = await board().request(
        'POST',
        `/api/${resource}/1`,
        {},
        { 'x-http-method-override': 'GET' },
      );
      expect(override.status).toBeGreaterThanOrEqual(400);
      expectNoSecret(override, 'method override');
    });

    it('a write is refused (403) with a body that carries no record, not even a conflict’s current one', async () => {
      const before = snapshot();
      const current = await editorView();
      for (const [method, body] of [
        ['PUT', { version: 0 }],
        ['PUT', { version: current.version, description: 'x' }],
        ['PATCH', { version: 0 }],
        ['POST', { version: 0 }],
        ['DELETE', undefined],
      ] as const) {
        const target = method === 'POST' ? `/api/${resource}` : `/api/${resource}/1`;
        const res = await board().request(method, target, body);
        expect(res.status, `${method} ${target}`).toBe(403);
        expect(res.body).not.toHaveProperty('current');
        expect(Object.keys(res.body)).toEqual(['message']);
        expectNoSecret(res, `${method} ${target}`);
      }
      expect(snapshot()).toEqual(before);
    });
  });

  it('the admin-only routes answer a board member 403, empty; the history names a note’s change, never its text', async () => {
    for (const p of ['/api/auditLog', '/api/auditLog/1', '/api/users', '/api/users/1']) {
      const res = await clients.board.get(p);
      expect(res.status, p).toBe(403);
      expectNoSecret(res, p);
    }
    // Not even the admin's history holds the notes: it says they changed, so an erasure leaves nothing behind.
    await clients.editor.put('/api/incidents/1', { confidentialNotes: `${INCIDENT_SECRET} (opdateret)` });
    const history = await clients.admin.get(
      `/api/auditLog${listQuery({ filter: { resource: 'incidents', recordId: 1 } })}`,
    );
    expect(history.body.at(-1).changes.confidentialNotes).toEqual({
      before: '(fortroligt)',
      after: '(fortroligt)',
    });
    expect(JSON.stringify(history.body)).not.toContain('Hemmelig');
    expectNoSecret(await clients.board.get('/api/auditLog'), 'auditLog after the update');
    expectNoSecret(await clients.board.get('/api/incidents/1'), 'show after the update');
  });
});
