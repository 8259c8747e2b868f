import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_NAMES, type ResourceName } from '../../src/domain/resources';
import { listQuery, type Reply } from '../support/server';
import {
  PROGRAMME,
  SCOPES,
  WHO,
  expectBare,
  expectNothingOfOther,
  programmeOfRow,
  snapshot,
  startTwoProgrammes,
  type Scope,
  type TwoProgrammes,
  type Who,
} from '../support/twoProgrammes';

/**
 * Every REST resource × role × own or other programme × method, with the one right answer
 * written out cell by cell. The users are members of programme 1 only (the system
 * administrator of all); "other" is programme 2: its records, a body naming it, a filter on it.
 */

type Resource = ResourceName | 'users' | 'auditLog';
type Method = 'list' | 'show' | 'create' | 'update' | 'delete';
type Row = readonly [number, number, number, number, number];
const METHODS: readonly Method[] = ['list', 'show', 'create', 'update', 'delete'];

/** The domain resources that belong to a programme and that editors write: all alike. */
// prettier-ignore
const DOMAIN: Record<Method, Record<Scope, Row>> = {
  //                   anon  board editor pAdmin admin
  list:   { own:     [ 401,  200,  200,   200,   200 ],
            other:   [ 401,  200,  200,   200,   200 ] }, // 200 with an empty page, but the admin's
  show:   { own:     [ 401,  200,  200,   200,   200 ],
            other:   [ 401,  404,  404,   404,   200 ] },
  create: { own:     [ 401,  403,  201,   201,   201 ],
            other:   [ 401,  403,  403,   403,   201 ] },
  update: { own:     [ 401,  403,  200,   200,   200 ],
            other:   [ 401,  403,  404,   404,   200 ] },
  delete: { own:     [ 401,  403,  200,   200,   200 ],
            other:   [ 401,  403,  404,   404,   200 ] },
};

/**
 * Records that belong to a programme through a parent (a log entry through its incident): a
 * body naming programme 2's parent gets the answer a missing parent gets, 400 "findes ikke",
 * so the answer never confirms that the parent exists elsewhere.
 */
// prettier-ignore
const THROUGH_PARENT: Record<Method, Record<Scope, Row>> = {
  ...DOMAIN,
  create: { own:     [ 401,  403,  201,   201,   201 ],
            other:   [ 401,  403,  400,   400,   201 ] },
};

/** Written by the server alone (the outbox, a reporter's link and the review); read by the secretariat of its programme. */
// prettier-ignore
const WRITTEN_BY_THE_SERVER: Record<Method, Record<Scope, Row>> = {
  list:   { own:     [ 401,  403,  200,   200,   200 ],
            other:   [ 401,  403,  200,   200,   200 ] },
  show:   { own:     [ 401,  403,  200,   200,   200 ],
            other:   [ 401,  403,  404,   404,   200 ] },
  create: { own:     [ 401,  403,  403,   403,   403 ],
            other:   [ 401,  403,  403,   403,   403 ] },
  update: { own:     [ 401,  403,  403,   403,   403 ],
            other:   [ 401,  403,  403,   403,   403 ] },
  delete: { own:     [ 401,  403,  403,   403,   403 ],
            other:   [ 401,  403,  403,   403,   403 ] },
};

// prettier-ignore
const EXPECTED: Record<Resource, Record<Method, Record<Scope, Row>>> = {
  // Made and removed by the system administrator; a programme administrator edits their own.
  programmes: {
    //                   anon  board editor pAdmin admin
    list:   { own:     [ 401,  200,  200,   200,   200 ],
              other:   [ 401,  200,  200,   200,   200 ] },
    show:   { own:     [ 401,  200,  200,   200,   200 ],
              other:   [ 401,  404,  404,   404,   200 ] },
    create: { own:     [ 401,  403,  403,   403,   201 ],
              other:   [ 401,  403,  403,   403,   201 ] },
    update: { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   404,   200 ] },
    delete: { own:     [ 401,  403,  403,   403,   200 ],
              other:   [ 401,  403,  403,   403,   200 ] },
  },
  areas: DOMAIN,
  participants: DOMAIN,
  incidents: DOMAIN,
  // Append-only: the method is refused before any record is looked at, so own and other alike.
  incidentLogEntries: {
    ...THROUGH_PARENT,
    update: { own:     [ 401,  403,  405,   405,   405 ],
              other:   [ 401,  403,  405,   405,   405 ] },
    delete: { own:     [ 401,  403,  405,   405,   405 ],
              other:   [ 401,  403,  405,   405,   405 ] },
  },
  actionPlans: DOMAIN,
  indicators: DOMAIN,
  measurements: THROUGH_PARENT,
  // Administrators lock and unlock a year; a lock is never deleted (409), another's is not there (404).
  yearLocks: {
    ...DOMAIN,
    create: { own:     [ 401,  403,  403,   201,   201 ],
              other:   [ 401,  403,  403,   403,   201 ] },
    update: { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   404,   200 ] },
    delete: { own:     [ 401,  403,  403,   409,   409 ],
              other:   [ 401,  403,  403,   404,   409 ] },
  },
  activities: DOMAIN,
  activityLogs: THROUGH_PARENT,
  // Written by the outbox alone; read by the secretariat of its programme, not by the board.
  notifications: WRITTEN_BY_THE_SERVER,
  // A programme's reporters and rounds: written by its editors and administrators, read by its board.
  reporters: DOMAIN,
  reportingRounds: DOMAIN,
  // Written by the reporter's link and the review alone; read by the secretariat of its programme.
  reportingSubmissions: WRITTEN_BY_THE_SERVER,
  // A programme administrator manages the users of their programme: a membership elsewhere is 400.
  users: {
    list:   { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   200,   200 ] },
    show:   { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   404,   200 ] },
    create: { own:     [ 401,  403,  403,   201,   201 ],
              other:   [ 401,  403,  403,   400,   201 ] },
    update: { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   404,   200 ] },
    delete: { own:     [ 401,  403,  403,   405,   405 ],
              other:   [ 401,  403,  403,   405,   405 ] },
  },
  // Read-only; a programme administrator reads the entries of their programme.
  auditLog: {
    list:   { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   200,   200 ] },
    show:   { own:     [ 401,  403,  403,   200,   200 ],
              other:   [ 401,  403,  403,   404,   200 ] },
    create: { own:     [ 401,  403,  403,   405,   405 ],
              other:   [ 401,  403,  403,   405,   405 ] },
    update: { own:     [ 401,  403,  403,   405,   405 ],
              other:   [ 401,  403,  403,   405,   405 ] },
    delete: { own:     [ 401,  403,  403,   405,   405 ],
              other:   [ 401,  403,  403,   405,   405 ] },
  },
};

const RESOURCE_LIST = Object.keys(EXPECTED) as Resource[];

let t: TwoProgrammes;
let cellsTested = 0;
/** The programmes standing for "own" and "other" in the programmes rows: fresh ones, to be deleted. */
const ownProgrammes: number[] = [];

beforeAll(async () => {
  t = await startTwoProgrammes();
});

afterAll(async () => {
  console.log(`programme access: resource × role × own/other × method cells tested: ${cellsTested}`);
  await t?.server.close();
});

// ---------------------------------------------------------------------------------------------
// Bodies and fresh targets, in programme 1 (own) or 2 (other)
// ---------------------------------------------------------------------------------------------

let counter = 0;
/** One measurement per indicator, area and year; one lock per programme and year. */
const measurementYear: Record<Scope, number> = { own: 1990, other: 1990 };
const lockYear: Record<Scope, number> = { own: 2040, other: 2040 };

function validBody(resource: Resource, scope: Scope): Record<string, unknown> {
  const programmeId = PROGRAMME[scope];
  const refs = t.refs[scope];
  counter++;
  switch (resource) {
    case 'programmes':
      return {
        name: `Matrixplan ${counter}`,
        municipality: 'Aarhus',
        periodStart: '2024-01-01',
        periodEnd: '2027-12-31',
      };
    case 'areas':
      return { name: `Matrixområde ${counter}`, programmeId, housingOrganisation: 'Boligselskabet' };
    case 'participants':
      return {
        programmeId,
        name: `Matrix Deltager ${counter}`,
        title: 'Konsulent',
        organisation: 'Kommunen',
      };
    case 'incidents':
      return {
        programmeId,
        areaId: refs.area,
        occurredAt: '2025-04-07T10:00:00+02:00',
        level: 'green',
        category: 'fights',
        policeCase: false,
        activatedBy: 'secretariat',
        description: `Matrixhændelse ${counter}`,
      };
    case 'incidentLogEntries':
      return { incidentId: refs.incident, happened: `Matrixlogpost ${counter}` };
    case 'actionPlans':
      return { programmeId, incidentIds: [refs.incident], purpose: `Matrixplan ${counter}` };
    case 'indicators':
      return {
        programmeId,
        code: `M${counter}`,
        name: `Klager ${counter}`,
        unit: 'count',
        direction: 'lower',
        baselineYear: 2020,
        target: { rule: 'fixed', value: 10 },
      };
    case 'measurements':
      return { indicatorId: refs.indicator, areaId: refs.area, year: measurementYear[scope]++, value: 5 };
    case 'yearLocks':
      return { programmeId, year: lockYear[scope]++, reason: 'Godkendt på statusmødet' };
    case 'activities':
      return { programmeId, name: `Lektiecafé ${counter}`, focusArea: 'Uddannelse' };
    case 'activityLogs':
      return { activityId: refs.activity, areaId: refs.area, date: '2025-05-01', participants: 12 };
    case 'users':
      return {
        username: `matrix${counter}`,
        fullName: 'Matrix Bruger',
        role: 'board',
        password: 'lang-nok-kode-1',
        memberships: [{ programmeId, role: 'board' }],
      };
    case 'auditLog':
      return { action: 'login', username: 'admin', programmeId };
    case 'notifications':
      return { incidentId: refs.incident, programmeId, to: 'x@example.org', kind: 'activation' };
    case 'reporters':
      return {
        programmeId,
        organisation: `Matrixindberetter ${counter}`,
        contacts: [{ name: 'Matrix Kontakt', email: `kontakt${counter}@example.org` }],
        assignments: [],
      };
    case 'reportingRounds':
      return { programmeId, year: 2026, opensOn: '2026-01-05', dueOn: '2026-02-02' };
    case 'reportingSubmissions':
      return {
        programmeId,
        roundId: programmeId,
        reporterId: programmeId,
        organisation: 'X',
        status: 'draft',
        items: [],
      };
  }
}

function updateBody(resource: Resource): Record<string, unknown> {
  counter++;
  switch (resource) {
    case 'incidents':
      return { description: `Rettet beskrivelse ${counter}` };
    case 'incidentLogEntries':
      return { happened: `Ændret ${counter}` };
    case 'actionPlans':
      return { purpose: `Nyt formål ${counter}` };
    case 'measurements':
      return { value: 7 };
    case 'yearLocks':
      return { reason: `Ny begrundelse ${counter}` };
    case 'activityLogs':
      return { participants: 14 };
    case 'users':
      return { fullName: `Omdøbt ${counter}` };
    case 'auditLog':
      return { action: 'logout' };
    case 'notifications':
      return { status: 'sent' };
    case 'reporters':
      return { organisation: `Omdøbt ${counter}` };
    case 'reportingSubmissions':
      return { status: 'approved' };
    default:
      return { name: `Omdøbt ${counter}` };
  }
}

/** The admin's list of a resource, filtered. */
const adminList = async (resource: Resource, filter: object) =>
  (await t.clients.admin.get(`/api/${resource}${listQuery({ filter, range: [0, 9999] })}`)).body as {
    id: number;
  }[];

/**
 * A fresh record of the programme, made by the system administrator, that nothing refers
 * to. A fresh "own" programme gets the users as members in their roles.
 */
async function freshTarget(resource: Resource, scope: Scope): Promise<number> {
  const programmeId = PROGRAMME[scope];
  // The seed's: 1 in programme 1, 2 in 2.
  if (resource === 'notifications' || resource === 'reportingSubmissions') return programmeId;
  if (resource === 'auditLog') return (await adminList('auditLog', { programmeId })).at(-1)!.id;
  const res = await t.clients.admin.post(`/api/${resource}`, validBody(resource, scope));
  expect(res.status, `setting up ${resource}: ${JSON.stringify(res.body)}`).toBe(201);
  const id = res.body.id as number;
  if (resource === 'programmes' && scope === 'own') {
    ownProgrammes.push(id);
    for (const who of ['board', 'editor', 'programmeAdmin'] as const) {
      const userId = t.userIds[who];
      const user = (await t.clients.admin.get(`/api/users/${userId}`)).body;
      const role = user.memberships[0].role;
      const granted = await t.clients.admin.put(`/api/users/${userId}`, {
        memberships: [...user.memberships, { programmeId: id, role }],
      });
      expect(granted.status).toBe(200);
    }
  }
  return id;
}

/** A list filter that names one programme's records. */
function filterFor(resource: Resource, scope: Scope): Record<string, unknown> {
  const refs = t.refs[scope];
  switch (resource) {
    case 'programmes':
      return { id: PROGRAMME[scope] };
    case 'incidentLogEntries':
      return { incidentId: refs.incident };
    case 'measurements':
      return { indicatorId: refs.indicator };
    case 'activityLogs':
      return { activityId: refs.activity };
    case 'users':
      return { id: [refs.user] };
    default:
      return { programmeId: PROGRAMME[scope] };
  }
}

function stored(resource: Resource, id: number) {
  const now = snapshot(t.server);
  const records = (resource === 'users' ? now.users : now.db[resource]) as { id: number }[] | undefined;
  return records?.find((r) => r.id === id) as Record<string, unknown> | undefined;
}

/** The programmes a user may see, as the store holds them now. */
function programmesOf(who: Who): Set<number> | null {
  if (who === 'admin') return null;
  const user = (
    t.server.store.all('users') as unknown as { username: string; memberships: { programmeId: number }[] }[]
  ).find(
    (u) =>
      u.username === { board: 'board1', editor: 'editor1', programmeAdmin: 'padmin1', anonymous: '' }[who],
  )!;
  return new Set(user.memberships.map((m) => m.programmeId));
}

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

const CELLS = RESOURCE_LIST.flatMap((resource) =>
  METHODS.flatMap((method) =>
    SCOPES.flatMap((scope) =>
      WHO.map((who, i) => ({
        resource,
        method,
        scope,
        who,
        expected: EXPECTED[resource][method][scope][i]!,
      })),
    ),
  ),
);

describe('resource × role × own/other programme × method', () => {
  it('has a row for every resource the server serves', () => {
    expect([...RESOURCE_LIST].sort()).toEqual([...RESOURCE_NAMES, 'users', 'auditLog'].sort());
  });

  it.each(CELLS)(
    '$who $method $scope $resource → $expected',
    async ({ resource, method, scope, who, expected }) => {
      const client = t.clients[who];
      const id = method === 'list' || method === 'create' ? 0 : await freshTarget(resource, scope);
      const before = snapshot(t.server);
      let res: Reply<any>;
      let sent: Record<string, unknown> | undefined;
      switch (method) {
        case 'list':
          res = await client.get(
            `/api/${resource}${listQuery({ filter: filterFor(resource, scope), range: [0, 9999] })}`,
          );
          break;
        case 'show':
          res = await client.get(`/api/${resource}/${id}`);
          break;
        case 'create':
          sent = validBody(resource, scope);
          res = await client.post(`/api/${resource}`, sent);
          break;
        case 'update':
          sent = updateBody(resource);
          res = await client.put(`/api/${resource}/${id}`, sent);
          break;
        case 'delete':
          res = await client.delete(`/api/${resource}/${id}`);
          break;
      }
      expect(res.status, JSON.stringify(res.body)).toBe(expected);
      cellsTested++;

      if (expected >= 400) {
        expectBare(res);
        if (who !== 'admin') expectNothingOfOther(res, `${method} ${resource}`);
        expect(snapshot(t.server), 'a refusal changes nothing').toEqual(before);
        return;
      }
      const visible = programmesOf(who);
      switch (method) {
        case 'list': {
          const range = res.headers.get('content-range');
          if (scope === 'other' && who !== 'admin') {
            // Another programme's filter: an empty page, and a count of nothing.
            expect(res.body).toEqual([]);
            expect(range).toBe(`${resource} 0-0/0`);
            expectNothingOfOther(res, `list ${resource}`);
          } else {
            expect(res.body.length, 'the filter finds the programme’s records').toBeGreaterThan(0);
            expect(range).toMatch(new RegExp(`^${resource} 0-\\d+/${res.body.length}$`));
            for (const row of res.body)
              if (resource === 'users')
                expect(row.memberships.map((m: { programmeId: number }) => m.programmeId)).toContain(
                  PROGRAMME[scope],
                );
              else expect(programmeOfRow(t.server, resource, row)).toBe(PROGRAMME[scope]);
          }
          // Unfiltered, the list holds only the user's programmes, and counts only them.
          const all = await client.get(`/api/${resource}${listQuery({ range: [0, 9999] })}`);
          expect(all.status).toBe(200);
          expect(all.headers.get('content-range')).toMatch(new RegExp(`/${all.body.length}$`));
          if (visible) {
            expectNothingOfOther(all, `unfiltered ${resource}`);
            for (const row of all.body)
              if (resource === 'users')
                expect(row.memberships.some((m: { programmeId: number }) => visible.has(m.programmeId))).toBe(
                  true,
                );
              else
                expect(
                  visible.has(programmeOfRow(t.server, resource, row) as number),
                  JSON.stringify(row),
                ).toBe(true);
          }
          break;
        }
        case 'show':
          expect(res.body.id).toBe(id);
          if (visible) expectNothingOfOther(res, `show ${resource}`);
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
    },
  );
});
