import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, type Client, type Reply } from '../support/server';
import {
  OTHER_SECRET,
  OTHER_WORD,
  expectBare,
  expectNothingOfOther,
  programmeOfRow,
  snapshot,
  startTwoProgrammes,
  type TwoProgrammes,
} from '../support/twoProgrammes';

/**
 * Hostile probes by the users of programme 1 at programme 2: filters, search, sort,
 * references, moves, react-admin's updateMany and deleteMany, 404s that must not tell, conflicts
 * that must not show, and a membership revoked while the user is reading.
 */

let t: TwoProgrammes;
let probes = 0;

beforeAll(async () => {
  t = await startTwoProgrammes();
});

afterAll(async () => {
  console.log(`programme access: hostile probes: ${probes}`);
  await t?.server.close();
});

const WITH_PROGRAMME = [
  'areas',
  'participants',
  'incidents',
  'actionPlans',
  'indicators',
  'yearLocks',
  'activities',
  'notifications',
] as const;
/** Records that belong to a programme through a parent: the field, and the parent of each programme. */
const CHILDREN = {
  incidentLogEntries: 'incidentId',
  measurements: 'indicatorId',
  activityLogs: 'activityId',
} as const;
const RESOURCES = [...WITH_PROGRAMME, ...(Object.keys(CHILDREN) as (keyof typeof CHILDREN)[])];
const USERS = ['editor', 'board', 'programmeAdmin'] as const;
/** The board does not read the outbox at all. */
const readers = (resource: string) => USERS.filter((u) => !(u === 'board' && resource === 'notifications'));

const parentOf = (resource: keyof typeof CHILDREN, programme: 'own' | 'other') =>
  ({
    incidentLogEntries: t.refs[programme].incident,
    measurements: t.refs[programme].indicator,
    activityLogs: t.refs[programme].activity,
  })[resource];

/** Programme 2's records of a resource, as the system administrator finds them. */
function othersIds(resource: string): number[] {
  const rows = t.server.readDb()[resource] as Record<string, unknown>[];
  return rows.filter((r) => programmeOfRow(t.server, resource, r) === 2).map((r) => r.id as number);
}

async function list(client: Client, resource: string, params: Parameters<typeof listQuery>[0]) {
  return client.get(`/api/${resource}${listQuery({ range: [0, 9999], ...params })}`);
}

/** A list answer that holds nothing of programme 2, and counts what it holds. */
function expectOnlyOwn(res: Reply<any>, resource: string, what: string) {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(200);
  for (const row of res.body)
    expect(programmeOfRow(t.server, resource, row), `${what} row ${row.id}`).toBe(1);
  expect(res.headers.get('content-range'), what).toMatch(
    new RegExp(`^${resource} \\d+-\\d+/${res.body.length}$`),
  );
  expectNothingOfOther(res, what);
  probes++;
}

describe('filters on programme 2', () => {
  it.each(RESOURCES)(
    '%s: programmeId, lists, _ne, ranges and ids of programme 2 find nothing of it',
    async (resource) => {
      const ids = othersIds(resource);
      expect(ids.length, 'programme 2 has records to find').toBeGreaterThan(0);
      const field = resource in CHILDREN ? CHILDREN[resource as keyof typeof CHILDREN] : 'programmeId';
      const other = resource in CHILDREN ? parentOf(resource as keyof typeof CHILDREN, 'other') : 2;
      const own = resource in CHILDREN ? parentOf(resource as keyof typeof CHILDREN, 'own') : 1;
      /** Each filter, and whether it can only match programme 2's records (so the page is empty). */
      const filters: [object, boolean][] = [
        [{ [field]: other }, true],
        [{ [field]: [own, other] }, false],
        [{ [`${field}_ne`]: own }, !(resource in CHILDREN)],
        [{ [`${field}_gte`]: Math.min(own, other) }, false],
        [{ [`${field}_lte`]: Math.max(own, other) }, false],
        [{ id: ids }, true],
        [{ id: ids[0] }, true],
        [{ id_gte: 1 }, false],
      ];
      for (const who of readers(resource))
        for (const [filter, onlyOther] of filters) {
          const res = await list(t.clients[who], resource, { filter });
          expectOnlyOwn(res, resource, `${who} ${JSON.stringify(filter)}`);
          if (onlyOther) {
            expect(res.body, `${who} ${JSON.stringify(filter)}`).toEqual([]);
            expect(res.headers.get('content-range')).toBe(`${resource} 0-0/0`);
          }
        }
      // The system administrator does find them: the filters work.
      const admin = await list(t.clients.admin, resource, { filter: { id: ids } });
      expect(admin.body.map((r: { id: number }) => r.id).sort()).toEqual([...ids].sort());
    },
  );
});

describe('search (q) for words only programme 2 holds', () => {
  it.each(RESOURCES)(
    '%s: nothing for the users of programme 1, even in confidential notes',
    async (resource) => {
      for (const who of readers(resource))
        for (const q of [
          OTHER_WORD,
          OTHER_SECRET,
          OTHER_WORD.toLowerCase(),
          'Vangdalen',
          'Randers',
          `${OTHER_SECRET} i opgang`,
        ]) {
          const res = await list(t.clients[who], resource, { filter: { q } });
          expectOnlyOwn(res, resource, `${who} q=${q}`);
          if (q !== 'Randers') expect(res.body, `${who} q=${q}`).toEqual([]);
        }
    },
  );

  it('the system administrator does find them (the search is on)', async () => {
    for (const [resource, q] of [
      ['incidents', OTHER_WORD],
      ['incidents', OTHER_SECRET],
      ['incidentLogEntries', OTHER_SECRET],
      ['notifications', OTHER_WORD],
      ['indicators', OTHER_WORD],
    ] as const) {
      const res = await list(t.clients.admin, resource, { filter: { q } });
      expect(res.body.length, `${resource} q=${q}`).toBeGreaterThan(0);
    }
  });
});

describe('sorting', () => {
  it.each(RESOURCES)('%s: on every field, both ways, never brings in programme 2', async (resource) => {
    const sample = (t.server.readDb()[resource] as Record<string, unknown>[])[0]!;
    const fields = Object.keys(sample).filter((k) => sample[k] === null || typeof sample[k] !== 'object');
    for (const who of readers(resource))
      for (const field of fields)
        for (const order of ['ASC', 'DESC']) {
          const res = await list(t.clients[who], resource, { sort: [field, order] });
          // A field the role may not sort on (a confidential one for the board) is 400, without a trace.
          if (res.status === 400) {
            expectBare(res);
            expectNothingOfOther(res, `${who} sort ${field}`);
            probes++;
          } else expectOnlyOwn(res, resource, `${who} sort ${field} ${order}`);
        }
  });
});

/** Sends each write as the editor and the programme administrator: refused with 400 or 403, and nothing changed. */
async function expectRefusedWrites(
  writes: [string, string, string, object | undefined][],
  allowed = [400, 403],
) {
  for (const who of ['editor', 'programmeAdmin'] as const) {
    const before = snapshot(t.server);
    for (const [what, method, path, body] of writes) {
      const res = await t.clients[who].request(method, path, body);
      expect(allowed, `${who} ${what}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
      expectBare(res);
      expectNothingOfOther(res, `${who} ${what}`);
      probes++;
    }
    expect(snapshot(t.server), `${who}: nothing changed`).toEqual(before);
  }
}

describe('references to programme 2', () => {
  it('a write that refers to a record of programme 2 is refused, whatever it names', async () => {
    const other = t.refs.other;
    const own = t.refs.own;
    const otherParticipant = othersIds('participants')[0]!;
    const plan = { programmeId: 1, incidentIds: [own.incident], purpose: 'Ro' };
    await expectRefusedWrites([
      [
        'log entry on its incident',
        'POST',
        '/api/incidentLogEntries',
        { incidentId: other.incident, happened: 'x' },
      ],
      [
        'log entry correcting its entry',
        'POST',
        '/api/incidentLogEntries',
        { incidentId: own.incident, happened: 'x', correctsId: 2 },
      ],
      [
        'plan on its incident',
        'POST',
        '/api/actionPlans',
        { ...plan, incidentIds: [own.incident, other.incident] },
      ],
      [
        'plan with its participant',
        'POST',
        '/api/actionPlans',
        { ...plan, interventions: [{ action: 'x', participantId: otherParticipant }] },
      ],
      [
        'plan with its spokesperson',
        'POST',
        '/api/actionPlans',
        { ...plan, pressSpokespeople: [otherParticipant] },
      ],
      [
        'plan with its contact',
        'POST',
        '/api/actionPlans',
        {
          ...plan,
          communications: [{ audience: 'residents', keyMessage: 'x', participantId: otherParticipant }],
        },
      ],
      [
        'measurement of its indicator',
        'POST',
        '/api/measurements',
        { indicatorId: other.indicator, areaId: own.area, year: 2031, value: 1 },
      ],
      [
        'measurement in its area',
        'POST',
        '/api/measurements',
        { indicatorId: own.indicator, areaId: other.area, year: 2031, value: 1 },
      ],
      [
        'log book of its activity',
        'POST',
        '/api/activityLogs',
        { activityId: other.activity, areaId: own.area, date: '2025-05-01', participants: 1 },
      ],
      [
        'log book in its area',
        'POST',
        '/api/activityLogs',
        { activityId: own.activity, areaId: other.area, date: '2025-05-01', participants: 1 },
      ],
      [
        'incident in its area',
        'POST',
        '/api/incidents',
        {
          programmeId: 1,
          areaId: other.area,
          occurredAt: '2025-04-07T10:00:00+02:00',
          level: 'green',
          category: 'fights',
          policeCase: false,
          activatedBy: 'secretariat',
          description: 'x',
        },
      ],
      [
        'participant as deputy of its participant',
        'POST',
        '/api/participants',
        { programmeId: 1, name: 'x', title: 'x', organisation: 'x', deputyOfId: otherParticipant },
      ],
      [
        'participant in it, mailed at every call-in',
        'POST',
        '/api/participants',
        {
          programmeId: 2,
          name: 'x',
          title: 'x',
          organisation: 'x',
          email: 'x@evil.example',
          responseGroups: [1, 2],
          convener: true,
        },
      ],
    ]);
  });

  it('programme 2’s settings: 403 for the editor (no programme’s), 404 for its non-administrator', async () => {
    await expectRefusedWrites(
      [
        [
          'its settings',
          'PUT',
          '/api/programmes/2',
          { adminEmail: 'x@evil.example', boardEmail: 'x@evil.example', retentionMonths: 1 },
        ],
      ],
      [403, 404],
    );
    expect((await t.clients.editor.put('/api/programmes/2', { retentionMonths: 1 })).status).toBe(403);
    expect((await t.clients.programmeAdmin.put('/api/programmes/2', { retentionMonths: 1 })).status).toBe(
      404,
    );
  });
});

describe('a reference to programme 2 tells nothing', () => {
  it('answers as a reference to a record that does not exist, but for the id', async () => {
    const other = t.refs.other;
    const own = t.refs.own;
    const otherParticipant = othersIds('participants')[0]!;
    const MISSING = 987654;
    const bodies: [string, string, (id: number) => object][] = [
      [
        'incident in its area',
        '/api/incidents',
        (id) => ({
          programmeId: 1,
          areaId: id,
          occurredAt: '2025-04-07T10:00:00+02:00',
          level: 'green',
          category: 'fights',
          policeCase: false,
          activatedBy: 'secretariat',
          description: 'x',
        }),
      ],
      [
        'plan on its incident',
        '/api/actionPlans',
        (id) => ({ programmeId: 1, incidentIds: [id], purpose: 'x' }),
      ],
      [
        'plan with its participant',
        '/api/actionPlans',
        (id) => ({ programmeId: 1, incidentIds: [own.incident], purpose: 'x', pressSpokespeople: [id] }),
      ],
      [
        'deputy',
        '/api/participants',
        (id) => ({ programmeId: 1, name: 'x', title: 'x', organisation: 'x', deputyOfId: id }),
      ],
      [
        'measurement in its area',
        '/api/measurements',
        (id) => ({ indicatorId: own.indicator, areaId: id, year: 2035, value: 1 }),
      ],
      [
        'log book in its area',
        '/api/activityLogs',
        (id) => ({ activityId: own.activity, areaId: id, date: '2025-05-01', participants: 1 }),
      ],
    ];
    const targets: Record<string, number> = {
      'incident in its area': other.area,
      'plan on its incident': other.incident,
      'plan with its participant': otherParticipant,
      deputy: otherParticipant,
      'measurement in its area': other.area,
      'log book in its area': other.area,
    };
    const before = snapshot(t.server);
    for (const who of ['editor', 'programmeAdmin'] as const)
      for (const [what, path, body] of bodies) {
        const id = targets[what]!;
        const theirs = await t.clients[who].post(path, body(id));
        const missing = await t.clients[who].post(path, body(MISSING));
        expect(theirs.status, `${who} ${what}: ${JSON.stringify(theirs.body)}`).toBe(400);
        expect(JSON.stringify(theirs.body).replaceAll(String(id), '#'), `${who} ${what}`).toBe(
          JSON.stringify(missing.body).replaceAll(String(MISSING), '#'),
        );
        probes++;
      }
    expect(snapshot(t.server)).toEqual(before);
  });
});

describe('moving a record into programme 2', () => {
  it('PUT and PATCH of an own record naming programme 2 are 403, naming its parent 400, and nothing moves', async () => {
    const made: [string, number, object][] = [];
    const make = async (resource: string, body: object, move: object) => {
      const res = await t.clients.admin.post(`/api/${resource}`, body);
      expect(res.status, `${resource}: ${JSON.stringify(res.body)}`).toBe(201);
      made.push([resource, res.body.id, move]);
    };
    const own = t.refs.own;
    const other = t.refs.other;
    await make('areas', { name: 'Flytbar', programmeId: 1, housingOrganisation: 'x' }, { programmeId: 2 });
    await make(
      'participants',
      { programmeId: 1, name: 'Flytbar', title: 'x', organisation: 'x' },
      { programmeId: 2 },
    );
    await make(
      'incidents',
      {
        programmeId: 1,
        areaId: own.area,
        occurredAt: '2025-04-07T10:00:00+02:00',
        level: 'green',
        category: 'fights',
        policeCase: false,
        activatedBy: 'secretariat',
        description: 'Flytbar',
      },
      { programmeId: 2, areaId: other.area },
    );
    await make(
      'actionPlans',
      { programmeId: 1, incidentIds: [own.incident], purpose: 'Flytbar' },
      { programmeId: 2, incidentIds: [other.incident] },
    );
    await make(
      'indicators',
      {
        programmeId: 1,
        code: 'FLYT',
        name: 'Flytbar',
        unit: 'count',
        direction: 'lower',
        baselineYear: 2020,
        target: { rule: 'fixed', value: 1 },
      },
      { programmeId: 2 },
    );
    await make('activities', { programmeId: 1, name: 'Flytbar', focusArea: 'x' }, { programmeId: 2 });
    await make(
      'measurements',
      { indicatorId: own.indicator, areaId: own.area, year: 2032, value: 1 },
      { indicatorId: other.indicator, areaId: other.area },
    );
    await make(
      'activityLogs',
      { activityId: own.activity, areaId: own.area, date: '2025-05-02', participants: 1 },
      { activityId: other.activity, areaId: other.area },
    );
    await make('yearLocks', { programmeId: 1, year: 2033, reason: 'x' }, { programmeId: 2 });
    const writes: [string, string, string, object][] = [];
    for (const [resource, id, move] of made) {
      const version = (t.server.readDb()[resource] as { id: number; version: number }[]).find(
        (r) => r.id === id,
      )!.version;
      writes.push([`PUT ${resource}`, 'PUT', `/api/${resource}/${id}`, move]);
      writes.push([`PUT ${resource} with version`, 'PUT', `/api/${resource}/${id}`, { ...move, version }]);
      writes.push([`PATCH ${resource}`, 'PATCH', `/api/${resource}/${id}`, move]);
    }
    // The editor may not touch year locks at all (403); naming programme 2 is 403 too. Naming
    // programme 2's parent gets the answer for a missing parent: 400 "findes ikke".
    const throughParent = (what: string) => /^(PUT|PATCH) (measurements|activityLogs)\b/.test(what);
    await expectRefusedWrites(
      writes.filter(([what]) => !throughParent(what)),
      [403],
    );
    await expectRefusedWrites(
      writes.filter(([what]) => throughParent(what)),
      [400],
    );
  });
});

describe('react-admin’s batch calls on programme 2’s ids', () => {
  it('updateMany (PUT without version) and deleteMany answer 404 for each, and change nothing', async () => {
    const writes: [string, string, string, object | undefined][] = [];
    for (const resource of RESOURCES.filter(
      (r) => r !== 'notifications' && r !== 'incidentLogEntries' && r !== 'yearLocks',
    ))
      for (const id of othersIds(resource)) {
        writes.push([
          `updateMany ${resource} ${id}`,
          'PUT',
          `/api/${resource}/${id}`,
          { name: 'Overtaget', description: 'x', value: 1 },
        ]);
        writes.push([`deleteMany ${resource} ${id}`, 'DELETE', `/api/${resource}/${id}`, undefined]);
      }
    await expectRefusedWrites(writes, [404]);
  });
});

describe('a 404 tells nothing', () => {
  it.each(RESOURCES)(
    '%s: another programme’s record and a missing one answer alike, for every method',
    async (resource) => {
      const other = othersIds(resource)[0]!;
      const missing = 987654;
      for (const who of readers(resource))
        for (const [method, body] of [
          ['GET', undefined],
          ['PUT', { name: 'x' }],
          ['PATCH', { name: 'x' }],
          ['DELETE', undefined],
        ] as const) {
          const client = t.clients[who];
          const a = await client.request(method, `/api/${resource}/${other}`, body);
          const b = await client.request(method, `/api/${resource}/${missing}`, body);
          expect([a.status, a.body], `${who} ${method} ${resource}/${other}`).toEqual([b.status, b.body]);
          expect(a.headers.get('content-type')).toBe(b.headers.get('content-type'));
          if (method === 'GET') expect(a.status).toBe(404);
          probes++;
        }
    },
  );

  it('json-server’s own paths and parameters reach nothing of programme 2', async () => {
    for (const path of [
      '/api/programmes/2?_embed=incidents',
      '/api/programmes/2/incidents',
      '/api/incidents/3?_expand=programme',
      '/api/incidents?_embed=incidentLogEntries',
      `/api/incidents?programmeId=2`,
      `/api/incidents?q=${OTHER_WORD}`,
      `/api/incidents?description_like=${OTHER_WORD}`,
      '/api/db',
    ])
      for (const who of USERS) {
        const res = await t.clients[who].get(path);
        expectNothingOfOther(res, `${who} ${path}`);
        probes++;
      }
  });
});

describe('conflicts', () => {
  it('a stale version on programme 2’s record is 404, never a 409 with its current record', async () => {
    const before = snapshot(t.server);
    for (const who of ['editor', 'programmeAdmin'] as const)
      for (const resource of ['incidents', 'actionPlans', 'participants', 'areas'])
        for (const id of othersIds(resource)) {
          const res = await t.clients[who].put(`/api/${resource}/${id}`, { version: 0, description: 'x' });
          expect(res.status, `${who} ${resource}/${id}`).toBe(404);
          expect(res.body).not.toHaveProperty('current');
          expectNothingOfOther(res, `${who} stale ${resource}/${id}`);
          probes++;
        }
    expect(snapshot(t.server)).toEqual(before);
  });

  it('a stale version on an own record is 409 with that record, and nothing of programme 2', async () => {
    const res = await t.clients.editor.put(`/api/incidents/${t.refs.own.incident}`, {
      version: 0,
      description: 'x',
    });
    expect(res.status).toBe(409);
    expect(res.body.current.id).toBe(t.refs.own.incident);
    expect(res.body.current.programmeId).toBe(1);
    expectNothingOfOther(res, 'own conflict');
  });

  it('the KPI grid of programme 1 saves no figure of programme 2’s indicator, and shows none', async () => {
    const other = t.refs.other;
    const stale = (t.server.readDb().measurements as { indicatorId: number; version: number }[]).find(
      (m) => m.indicatorId === other.indicator,
    )!;
    await expectRefusedWrites(
      [
        [
          'grid with its indicator',
          'PUT',
          '/api/kpi/grid?programmeId=1&year=2020',
          { cells: [{ indicatorId: other.indicator, areaId: other.area, value: 9 }] },
        ],
        [
          'grid with its indicator, stale',
          'PUT',
          '/api/kpi/grid?programmeId=1&year=2020',
          {
            cells: [
              { indicatorId: other.indicator, areaId: other.area, value: 9, version: stale.version + 5 },
            ],
          },
        ],
        [
          'grid with its area',
          'PUT',
          '/api/kpi/grid?programmeId=1&year=2034',
          { cells: [{ indicatorId: t.refs.own.indicator, areaId: other.area, value: 9 }] },
        ],
        ['grid of programme 2', 'PUT', '/api/kpi/grid?programmeId=2&year=2034', { cells: [] }],
      ],
      [400, 403, 404],
    );
  });
});

describe('a membership revoked while the user reads', () => {
  it('ends the user’s view of programme 1 at once, whatever was in flight', async () => {
    const user = await t.clients.admin.post('/api/users', {
      username: 'flyttes',
      role: 'editor',
      password: 'lang-nok-kode-1',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'editor' },
      ],
    });
    expect(user.status).toBe(201);
    const client = await (async () => {
      const c = t.server.anonymous();
      expect(
        (await c.post('/api/auth/login', { username: 'flyttes', password: 'lang-nok-kode-1' })).status,
      ).toBe(200);
      return c;
    })();
    const reads = () => [
      client.get('/api/incidents'),
      client.get(`/api/incidents/${t.refs.own.incident}`),
      client.get(`/api/incidents${listQuery({ filter: { programmeId: 1 } })}`),
      client.get('/api/stats/dashboard?programmeId=1&year=2025'),
      client.get('/api/kpi/grid?programmeId=1&year=2020'),
      client.get('/api/notifications'),
    ];
    const answers = await Promise.all([
      ...reads(),
      t.clients.admin.put(`/api/users/${user.body.id}`, {
        memberships: [{ programmeId: 2, role: 'editor' }],
      }),
      ...reads(),
      ...reads(),
    ]);
    // Every read in flight answered as one state or the other, never with an error.
    for (const a of answers) expect([200, 404]).toContain(a.status);
    expect(answers[6]!.status).toBe(200);

    const incidents = await client.get('/api/incidents');
    expect(incidents.status).toBe(200);
    expect(incidents.body.length).toBeGreaterThan(0);
    for (const i of incidents.body) expect(i.programmeId).toBe(2);
    for (const resource of RESOURCES) {
      const res = await list(client, resource, {});
      for (const row of res.body) expect(programmeOfRow(t.server, resource, row), resource).toBe(2);
    }
    for (const path of [
      `/api/incidents/${t.refs.own.incident}`,
      '/api/programmes/1',
      '/api/stats/dashboard?programmeId=1&year=2025',
      '/api/kpi/grid?programmeId=1&year=2020',
      `/api/deadline?programmeId=1&level=yellow&occurredAt=2025-04-07T08:00:00.000Z`,
    ])
      expect((await client.get(path)).status, path).toBe(404);
    const write = await client.post('/api/areas', { name: 'x', programmeId: 1, housingOrganisation: 'x' });
    expect(write.status).toBe(403);
    probes++;
  });
});

describe('an editor of programme 1 who is on the board of programme 2', () => {
  it('reads programme 2 as the board: no confidential field, no search in one, no write, no conflict’s record', async () => {
    const client = await t.server.member('blandet', [
      { programmeId: 1, role: 'editor' },
      { programmeId: 2, role: 'board' },
    ]);
    const otherIncident = t.refs.other.incident;
    const one = await client.get(`/api/incidents/${otherIncident}`);
    expect(one.status).toBe(200);
    expect(Object.keys(one.body)).not.toContain('confidentialNotes');
    expect(JSON.stringify(one.body)).not.toContain(OTHER_SECRET);
    const own = await client.get(`/api/incidents/${t.refs.own.incident}`);
    expect(Object.keys(own.body)).toContain('confidentialNotes');
    for (const resource of ['incidents', 'incidentLogEntries']) {
      const all = await list(client, resource, {});
      expect(all.body.some((r: Record<string, unknown>) => programmeOfRow(t.server, resource, r) === 2)).toBe(
        true,
      );
      expect(JSON.stringify(all.body), resource).not.toContain(OTHER_SECRET);
      const search = await list(client, resource, { filter: { q: OTHER_SECRET } });
      expect(search.body, `${resource} q`).toEqual([]);
    }
    const before = snapshot(t.server);
    for (const body of [{ version: 0, description: 'x' }, { description: 'x' }, { programmeId: 1 }]) {
      const res = await client.put(`/api/incidents/${otherIncident}`, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body).not.toHaveProperty('current');
    }
    expect((await client.post(`/api/incidents/${otherIncident}/board-briefing`, {})).status).toBe(403);
    expect((await client.get(`/api/notifications${listQuery({ filter: { programmeId: 2 } })}`)).body).toEqual(
      [],
    );
    expect(snapshot(t.server)).toEqual(before);
    probes++;
  });
});

describe('files of programme 1', () => {
  it('the status workbook and the KPI template hold nothing of programme 2', async () => {
    for (const who of ['board', 'editor', 'programmeAdmin'] as const)
      for (const path of ['/api/exports/status-report.xlsx', '/api/kpi/template.xlsx']) {
        if (who === 'board' && path.includes('template')) continue; // the board gets no template (403)
        const res = await fetch(`${t.server.url}${path}?programmeId=1&year=2025`, {
          headers: { cookie: t.clients[who].cookie },
        });
        expect(res.status, `${who} ${path}`).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(await res.arrayBuffer());
        const cells: string[] = [];
        book.eachSheet((sheet) =>
          sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? '')))),
        );
        expect(cells.length, `${who} ${path}`).toBeGreaterThan(0);
        const text = cells.join('\n');
        for (const marker of [OTHER_WORD, OTHER_SECRET, 'Vangdalen', 'Mette Lund', 'Randers'])
          expect(text, `${who} ${path}`).not.toContain(marker);
        probes++;
      }
  });
});
