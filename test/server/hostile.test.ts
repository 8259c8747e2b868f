import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCES, referencedIds } from '../../src/domain/references';
import { RESOURCES, RESOURCE_NAMES, VERSION, serverFields } from '../../src/domain/resources';
import { ROLES } from '../../src/domain/roles';
import { startServer, type Client, type TestServer } from '../support/server';

/**
 * Property-based hostile input: thousands of random and malformed requests against every
 * resource, as an editor and as an admin. Whatever arrives, the server answers below 500,
 * stays up, never shows a stack or a path, never stores an invalid record and never lets a
 * request pollute Object.prototype.
 */

const TARGETS = [...RESOURCE_NAMES, 'users', 'auditLog'] as const;
type Target = (typeof TARGETS)[number];
type Writer = 'editor' | 'admin';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A stack frame, a source path or a dependency path must never leave the server. */
const LEAK = /node_modules|\/src\/|at Object\.|\n\s+at [\w$.<>[\] ]+ \(|\.ts:\d+:\d+/;
const REQUEST_TIMEOUT_MS = 10_000;

let server: TestServer;
const clients = {} as Record<Writer, Client>;
/** A user the fuzzer may update: admin, editor and board (ids 1–3) keep their roles and passwords. */
let victimId = 0;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

const stats = { requests: 0, serverErrors: 0 };
const serverErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  clients.editor = await server.as('editor');
  clients.admin = await server.as('admin');
  const victim = await clients.admin.post('/api/users', {
    username: 'offer',
    fullName: 'Fuzz Offer',
    role: 'board',
    memberships: [{ programmeId: 1, role: 'board' }],
    password: 'lang-nok-kode-1',
  });
  expect(victim.status).toBe(201);
  victimId = victim.body.id;
  // What measurements and log book sessions refer to (ids 1 in a store without KPI data).
  for (const target of ['indicators', 'activities'] as const) {
    const res = await clients.admin.post(`/api/${target}`, validRecord(target, 0));
    expect(res.status, `${target}: ${JSON.stringify(res.body)}`).toBe(201);
  }
});

afterAll(async () => {
  console.log(`hostile inputs: ${stats.requests} requests, ${stats.serverErrors} server errors`);
  if (serverErrors.length > 0) console.log(`first server errors:\n${serverErrors.slice(0, 10).join('\n')}`);
  await server?.close();
});

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

interface Hostile {
  writer: Writer;
  method: Method;
  /** Already encoded: sent as written. */
  path: string;
  /** Raw request text (JSON or not); undefined for no body. */
  body?: string;
}

const shorten = (s: string | undefined, n = 300) =>
  s === undefined ? '' : s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;

function describeRequest(r: Hostile): string {
  return `${r.writer} ${r.method} ${shorten(r.path, 200)} ${shorten(r.body)}`;
}

/** One hostile request; checks properties (a) and (c) on its answer. */
async function send(r: Hostile): Promise<{ status: number; text: string }> {
  const client = clients[r.writer];
  stats.requests++;
  const res = await fetch(server.url + r.path, {
    method: r.method,
    headers: {
      cookie: client.cookie,
      ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: r.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status >= 500) {
    stats.serverErrors++;
    serverErrors.push(`${res.status} ← ${describeRequest(r)} → ${shorten(text)}`);
  }
  // (a) never a 5xx
  expect(res.status, `server error for ${describeRequest(r)}: ${shorten(text)}`).toBeLessThan(500);
  // (c) no stack trace, no internal path
  expect(text, `leak for ${describeRequest(r)}`).not.toMatch(LEAK);
  // Every answer with a body is JSON: never Express's HTML error page.
  if (text.length > 0)
    expect(res.headers.get('content-type') ?? '', `not JSON for ${describeRequest(r)}`).toContain(
      'application/json',
    );
  return { status: res.status, text };
}

type Db = Record<string, { id: number; [key: string]: unknown }[]>;

/** Per stored record (as JSON): its problems, so an unchanged record is parsed only once. */
const recordProblems = new Map<string, string[]>();

function problemsOfRecord(name: (typeof RESOURCE_NAMES)[number], record: Db[string][number]): string[] {
  const key = `${name}:${json(record)}`;
  const known = recordProblems.get(key);
  if (known) return known;
  const def = RESOURCES[name];
  const where = `${name}/${record.id}`;
  const problems: string[] = [];
  if (!Number.isSafeInteger(record.id) || record.id < 1) problems.push(`${where}: bad id`);
  if (!Number.isSafeInteger(record[VERSION]) || (record[VERSION] as number) < 1)
    problems.push(`${where}: bad version ${json(record[VERSION])}`);
  const allowed = new Set([...Object.keys(def.schema.shape), 'id', VERSION, ...def.computed]);
  const extra = Object.keys(record).filter((k) => !allowed.has(k));
  if (extra.length > 0) problems.push(`${where}: unexpected stored keys ${json(extra)}`);
  const input: Record<string, unknown> = { ...record };
  for (const field of ['id', VERSION, ...def.computed]) delete input[field];
  const parsed = def.schema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(
        `${where}: stored ${issue.path.join('.')} = ${shorten(json(input[String(issue.path[0])]), 80)} fails its schema (${issue.message})`,
      );
  recordProblems.set(key, problems);
  return problems;
}

/**
 * (d) What no write may leave behind: a record that fails its resource's schema (after
 * stripping id, version and computed fields), a duplicate id, or a reference (REFERENCES)
 * to a missing record or, where the reference demands it, to another programme's record.
 */
function integrityProblems(db: Db): string[] {
  const problems: string[] = [];
  for (const name of RESOURCE_NAMES) {
    const ids = new Set<number>();
    for (const record of db[name] ?? []) {
      if (ids.has(record.id)) problems.push(`${name}/${record.id}: duplicate id`);
      ids.add(record.id);
      problems.push(...problemsOfRecord(name, record));
    }
  }
  for (const ref of REFERENCES) {
    const targets = new Map((db[ref.to] ?? []).map((r) => [r.id, r]));
    for (const record of db[ref.from] ?? []) {
      for (const { id, path: at } of referencedIds(record, ref.path)) {
        const target = targets.get(id);
        const where = `${ref.from}/${record.id}.${at} → ${ref.to}/${id}`;
        if (!target) problems.push(`${where}: missing`);
        else if (ref.sameProgramme && target.programmeId !== record.programmeId)
          problems.push(
            `${where}: belongs to programme ${json(target.programmeId)}, the referring record to ${json(record.programmeId)}`,
          );
      }
    }
  }
  return problems;
}

/** Each integrity problem, with the batch after which it first appeared. */
const introducedBy = new Map<string, string>();

/**
 * After every batch: (b) both sessions still answer; and the batch's effect on (d) is noted,
 * so the final check can name the request that stored an invalid record. (d) itself is
 * asserted at the end: failing here would stop the run at the first bad record.
 */
async function afterBatch(batch: readonly Hostile[]): Promise<void> {
  for (const writer of ['editor', 'admin'] as const) {
    const me = await clients[writer].get('/api/auth/me');
    expect(me.status, `GET /api/auth/me as ${writer}`).toBe(200);
    expect(me.body.username).toBe(writer);
  }
  for (const problem of integrityProblems(server.readDb()))
    if (!introducedBy.has(problem)) introducedBy.set(problem, batch.map(describeRequest).join('\n      '));
}

async function sendBatch(batch: readonly Hostile[]): Promise<void> {
  for (const r of batch) await send(r);
  await afterBatch(batch);
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const USER_FIELDS = ['username', 'fullName', 'role', 'password', 'active'];
const AUDIT_FIELDS = ['id', 'at', 'userId', 'username', 'action', 'resource', 'recordId', 'changes'];

function fieldsOf(target: Target): string[] {
  if (target === 'users') return [...USER_FIELDS, 'id'];
  if (target === 'auditLog') return AUDIT_FIELDS;
  const def = RESOURCES[target];
  return [...Object.keys(def.schema.shape), ...serverFields(def)];
}

const ALL_FIELDS = [...new Set(TARGETS.flatMap(fieldsOf))];
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const keyArb = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom(...SPECIAL_KEYS), weight: 1 },
  { arbitrary: fc.constantFrom(...ALL_FIELDS), weight: 2 },
);

const NASTY_STRINGS = [
  '',
  ' ',
  '   \t\n ',
  '\u0000',
  '%00',
  '../db',
  '..\\..\\db.json',
  '__proto__',
  'constructor',
  '<script>window.__xss=1</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE incidents;--",
  '{"$gt":""}',
  '.*',
  '(a+)+$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '\\',
  '\ud800',
  '\udfff\ud800',
  '🙂🙃',
  'Æøå ÆØÅ',
  '١٢٣',
  '\u202e\u2066',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '[]',
  '{}',
  '0x1F',
  '2025-02-30',
  '2025-04-07T25:00:00Z',
];

/** Up to ~100 kB of text: well under the 1 MB body limit, over every field's max length. */
const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('x', 'Æ', '🙂', ' ', '<b>', '\u0000'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const stringArb = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 3 },
  { arbitrary: hugeString, weight: 1 },
);

/** Arrays or objects nested up to 2,000 deep. */
const deepArb = fc
  .tuple(fc.integer({ min: 20, max: 2_000 }), fc.boolean(), fc.constantFrom<unknown>(1, 'x', null, {}))
  .map(([depth, arrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { name: value };
    return value;
  });

const numberArb = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1, 2, 3, 5, 1.5, 12, 13, 1e15, 2 ** 53, 2 ** 53 + 2, 1e308, -1e308, 10_000_001),
);

const isJsonSafe = (v: unknown): boolean => {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonSafe);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v as object).every(isJsonSafe);
};

const anythingJson = fc
  .anything({ maxDepth: 3, maxKeys: 6, key: keyArb })
  .filter(isJsonSafe)
  .filter((v) => JSON.stringify(v) !== undefined);

const randomObject = fc.object({
  key: keyArb,
  maxDepth: 3,
  maxKeys: 8,
  values: [stringArb, numberArb, fc.boolean(), fc.constant(null)],
});

/** A value of the wrong kind (or a suspicious one of the right kind) for any field. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: stringArb, weight: 4 },
  { arbitrary: numberArb, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>([], {}, [null], [1, 1], [1, 2, 3], { id: 1 }, ['x']), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: deepArb, weight: 1 },
);

/** Instants with any offset across the whole four-digit year range, rendered in ISO 8601. */
const instantArb = fc
  .tuple(
    fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: -23 * 60, max: 23 * 60 }),
  )
  .map(([d, offset]) => {
    const iso = d.toISOString().slice(0, 19);
    if (offset === 0) return `${iso}Z`;
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${iso}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
  });

const DATE_TIME_FIELDS = new Set(['occurredAt', 'levelSetAt', 'meetingHeldAt', 'at', 'approvedAt']);
const DATE_FIELDS = new Set(['periodStart', 'periodEnd', 'startDate', 'endDate', 'lastVerifiedAt', 'date']);
const isReference = (field: string) => /Ids?$/.test(field) || field === 'pressSpokespeople';
/** Fields whose values have edges worth aiming at: dates, instants and references. */
const typedFields = (target: Target) =>
  fieldsOf(target).filter((f) => DATE_TIME_FIELDS.has(f) || DATE_FIELDS.has(f) || isReference(f));

/** Instants at the ends of the four-digit year range, at a DST gap, on leap days, without zone. */
const EDGE_INSTANTS = [
  '0000-01-01T00:00:00+01:00',
  '0000-01-01T00:30:00Z',
  '0099-12-31T23:59:59Z',
  '9999-12-31T23:30:00Z',
  '9999-12-31T23:00:00-05:00',
  '2024-02-29T10:00:00Z',
  '2025-02-29T10:00:00Z',
  '2025-03-30T02:30:00+01:00',
  '2025-04-07T10:00:00+23:59',
  '2025-04-07T10:00:00',
];
const EDGE_DATES = ['0000-01-01', '0099-12-31', '9999-12-31', '2024-02-29', '2025-02-29', '2025-13-01'];
/** Ids that exist (in more than one programme), repeated ids, and lists of them. */
const EDGE_IDS: unknown[] = [1, 2, 3, 5, [1], [2], [3], [1, 2], [1, 1]];

/** Edge values a form would never send but a field must survive: boundaries and valid neighbours. */
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...EDGE_INSTANTS,
    ...EDGE_DATES,
    ...EDGE_IDS,
    'green',
    'yellow',
    'red',
    'open',
    'closed',
    'draft',
    'ended',
    'police',
    'admin',
    'board',
  ),
  instantArb,
  instantArb.map((s) => s.slice(0, 10)),
);

/** The edges of this field's own kind. */
function edgeFor(field: string): fc.Arbitrary<unknown> {
  if (DATE_TIME_FIELDS.has(field))
    return fc.oneof(
      { arbitrary: fc.constantFrom(...EDGE_INSTANTS), weight: 3 },
      { arbitrary: instantArb, weight: 1 },
    );
  if (DATE_FIELDS.has(field))
    return fc.oneof(
      fc.constantFrom(...EDGE_DATES),
      instantArb.map((s) => s.slice(0, 10)),
    );
  if (isReference(field)) return fc.constantFrom(...EDGE_IDS);
  return edgeValue;
}

/** Sets a key as an own property, even `__proto__`, so JSON.stringify sends it. */
function withKey(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...record };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A record the server accepts (as far as its fields go; a username may already be taken). */
function validRecord(target: Target, n: number): Record<string, unknown> {
  switch (target) {
    case 'programmes':
      return {
        name: `Helhedsplan ${n}`,
        municipality: 'Viborg',
        periodStart: '2020-01-01',
        periodEnd: '2024-12-31',
        funding: { lbf: 100, municipality: null, local: 5 },
        projectYearStartMonth: 4,
      };
    case 'areas':
      return {
        name: `Område ${n}`,
        programmeId: 1,
        housingOrganisation: 'Boligselskabet Viborg',
        departmentNumber: '12',
        households: 10,
        residents: 25,
      };
    case 'participants':
      return {
        programmeId: 2,
        name: `Deltager ${n}`,
        title: 'Konsulent',
        organisation: 'Randers Kommune',
        phone: '+45 40 11 22 33',
        email: 'deltager@example.dk',
        responseGroups: [1, 2],
        deputyOfId: 1,
        pressContact: false,
        signsPlan: true,
        convener: false,
        lastVerifiedAt: '2025-01-01',
      };
    case 'incidents':
      return {
        programmeId: 1,
        areaId: 1,
        occurredAt: '2025-04-07T10:00:00+02:00',
        level: 'yellow',
        levelSetAt: '2025-04-07T10:05:00+02:00',
        category: 'fights',
        policeCase: false,
        activatedBy: 'secretariat',
        exercise: false,
        involvedCount: 4,
        escalationRisk: 'medium',
        description: `Slåskamp ved indkørslen ${n}`,
        confidentialNotes: null,
        meetingHeldAt: null,
        status: 'open',
      };
    case 'incidentLogEntries':
      return {
        incidentId: 1,
        at: '2019-03-04T18:30:00Z',
        happened: `Beboere samlet ved legepladsen ${n}`,
        decided: 'Boligsocial medarbejder tager kontakt',
        informed: 'Politiet',
        correctsId: null,
        confidentialNotes: null,
      };
    case 'actionPlans':
      return {
        programmeId: 1,
        incidentIds: [1, 2],
        status: 'draft',
        startDate: '2026-05-01',
        endDate: '2026-05-31',
        situation: { description: `Uro ${n}`, involvedCount: 6, escalationRisk: 'high' },
        purpose: 'Skabe ro',
        targetGroups: 'Unge 14–20 år',
        interventions: [{ action: 'Synlig patruljering', participantId: null, party: 'Politiet' }],
        communications: [{ audience: 'residents', keyMessage: 'Politiet er til stede' }],
        pressSpokespeople: [],
        callList: [{ staff: 'Sekretariatet', contacts: '40 11 22 33' }],
        approvals: [],
        revisions: [],
        evaluation: null,
        confidentialNotes: null,
      };
    case 'indicators':
      return {
        programmeId: 1,
        code: `K${n}`,
        name: `Klager ${n}`,
        unit: 'count',
        direction: 'lower',
        baselineYear: 2020,
        target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
        period: 'projectYear',
        perArea: true,
        dataSource: 'Boligselskabet',
      };
    case 'measurements':
      return { indicatorId: 1, areaId: 1, year: 1990 + n, value: n, source: 'Udtræk', note: null };
    case 'yearLocks':
      return { programmeId: 2, year: 2000 + n, reason: 'Godkendt på statusmødet', active: true };
    case 'activities':
      return {
        programmeId: 1,
        name: `Lektiecafé ${n}`,
        focusArea: 'Uddannelse',
        description: null,
        successCriteria: [{ description: 'Deltagere', metric: 'participants', target: 40 }],
      };
    case 'activityLogs':
      return { activityId: 1, areaId: 1, date: '2025-05-01', participants: 12, volunteers: 2, note: null };
    case 'users':
      return { username: `fuzz${n}`, fullName: 'Fuzz Bruger', role: 'board', password: 'lang-nok-kode-1' };
    case 'auditLog':
      return { action: 'login', resource: null, recordId: null, username: 'admin', changes: null };
    case 'notifications':
      return { incidentId: 1, programmeId: 1, to: 'x@example.org', kind: 'activation', status: 'sent' };
    case 'reporters':
      return { programmeId: 1, organisation: `Boligselskab ${n}`, contacts: [], assignments: [] };
    case 'reportingRounds':
      return { programmeId: 1, year: 2026, opensOn: '2026-01-05', dueOn: '2026-02-02' };
    case 'reportingSubmissions':
      return { programmeId: 1, roundId: 1, reporterId: 1, organisation: 'X', status: 'draft', items: [] };
  }
}

/** One change to a valid record: a field (typed ones more often) set to a wrong or an edge value, or left out. */
function mutation(target: Target): fc.Arbitrary<[string, unknown, boolean]> {
  const typed = typedFields(target);
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...fieldsOf(target)), weight: 8 },
    ...(typed.length > 0 ? [{ arbitrary: fc.constantFrom(...typed), weight: 6 }] : []),
    { arbitrary: fc.constantFrom(...SPECIAL_KEYS, VERSION, 'id'), weight: 1 },
  );
  return key.chain((k) =>
    fc.tuple(
      fc.constant(k),
      fc.oneof({ arbitrary: wrongValue, weight: 1 }, { arbitrary: edgeFor(k), weight: 2 }),
      fc.nat({ max: 6 }).map((n) => n === 0),
    ),
  );
}

/** Valid except one (sometimes two) fields. */
const mutatedRecord = (target: Target) =>
  fc
    .tuple(fc.nat({ max: 30 }), fc.array(mutation(target), { minLength: 1, maxLength: 2 }))
    .map(([n, changes]) =>
      changes.reduce(
        (record, [key, value, drop]) => {
          if (!drop) return withKey(record, key, value);
          const copy = { ...record };
          delete copy[key];
          return copy;
        },
        validRecord(target, n),
      ),
    );

/** Every field of the wrong kind at once. */
const allWrong = (target: Target) =>
  fc
    .array(wrongValue, { minLength: fieldsOf(target).length, maxLength: fieldsOf(target).length })
    .map((values) => Object.fromEntries(fieldsOf(target).map((f, i) => [f, values[i]])));

const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":1,"x":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1,"x":1}}}'),
  JSON.parse('{"name":"x","__proto__":{"isAdmin":true},"prototype":{"x":1}}'),
  [JSON.parse('{"__proto__":{"x":1}}')],
  null,
  0,
  -1,
  true,
  '',
  'tekst',
  [],
  [{}],
];

/** Any body for a create or update of `target`. */
const bodyArb = (target: Target): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: randomObject, weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
    { arbitrary: anythingJson, weight: 2 },
    { arbitrary: mutatedRecord(target), weight: 4 },
    { arbitrary: allWrong(target), weight: 2 },
    { arbitrary: fc.array(mutatedRecord(target), { minLength: 1, maxLength: 3 }), weight: 1 },
    { arbitrary: deepArb, weight: 1 },
    { arbitrary: fc.constantFrom(...POLLUTERS), weight: 1 },
  );

/** Ids that exist (or may), plus the occasional missing one. */
function plausibleId(target: Target): fc.Arbitrary<string> {
  // Admin, editor and board keep their accounts: user updates go to the victim or nowhere.
  if (target === 'users') return fc.constantFrom(String(victimId), '999');
  return fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 6 }).map(String), weight: 5 },
    { arbitrary: fc.integer({ min: 7, max: 100 }).map(String), weight: 1 },
  );
}

const WEIRD_IDS = [
  '0',
  '-1',
  '1e3',
  'abc',
  '1.5',
  '01',
  ' 1',
  '+1',
  '0x10',
  'NaN',
  'Infinity',
  '%00',
  '1%00',
  '..%2Fdb',
  '../db',
  '%2e%2e%2fdb',
  '1%2F2',
  '1/2',
  '1;DROP',
  '%',
  '%E0%A4%A',
  '%FF',
  '__proto__',
  'constructor',
  'prototype',
  '9'.repeat(16),
  '9'.repeat(17),
  '9007199254740993',
  '1'.repeat(400),
  '%F0%9F%99%82',
];

const weirdId = fc.oneof(
  { arbitrary: fc.constantFrom(...WEIRD_IDS), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map(encode), weight: 2 },
  { arbitrary: fc.nat().map(String), weight: 1 },
  { arbitrary: fc.bigInt({ min: 10n ** 15n, max: 10n ** 40n }).map(String), weight: 1 },
);

/** encodeURIComponent, except that a lone surrogate goes out as the invalid UTF-8 it would be. */
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '%ED%A0%80' : encodeURIComponent(c)))
      .join('');
  }
}

const targetArb = fc.constantFrom(...TARGETS);
const writerArb = fc.constantFrom<Writer>('editor', 'admin');

const json = (v: unknown) => JSON.stringify(v);

// ---------------------------------------------------------------------------------------------
// List queries
// ---------------------------------------------------------------------------------------------

const SUFFIXES = ['', '', '_gte', '_lte', '_ne', '_like', '_lt'];

const filterKey = fc.oneof(
  {
    arbitrary: fc.tuple(fc.constantFrom(...ALL_FIELDS), fc.constantFrom(...SUFFIXES)).map(([f, s]) => f + s),
    weight: 4,
  },
  { arbitrary: fc.constant('q'), weight: 2 },
  { arbitrary: keyArb, weight: 2 },
);

const filterValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: stringArb.filter((s) => s.length < 2_000), weight: 3 },
  { arbitrary: numberArb, weight: 2 },
  { arbitrary: edgeValue, weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[1]], { $gt: 1 }), weight: 1 },
  {
    arbitrary: fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 50 }),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 10, max: 1_500 }).map((n) => Array.from({ length: n }, (_, i) => i)),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

const FIXED_FILTERS = [
  '{"__proto__":{"x":1}}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"prototype":{"x":1}}',
  '{"q":"(a+)+$"}',
  '{"q":".*"}',
  '{"q":"\\u0000"}',
  '{"q":"🙂 Æ ø"}',
  '{"q":["a"]}',
  '{"q":null}',
  '{"id":[]}',
  '{"id":{"__proto__":1}}',
  '{"level":["red","yellow"]}',
  '{"occurredAt_gte":"2025-02-30"}',
  '{"occurredAt_gte":"9999-12-31"}',
  '{"occurredAt_lte":"0000-01-01"}',
  '{"levelSetAt_gte":"+010000-01-01"}',
  '{"overdue":true}',
  '{"stale":"true"}',
  '{"responseGroup":[1,2]}',
  '{}',
  '[]',
  'null',
  '"q"',
  '{',
  '{"a":',
  '%',
  '%zz',
  '',
];

const FIXED_RANGES = [
  '[0,1e15]',
  '[0,9007199254740991]',
  '[9007199254740991,9007199254740991]',
  '[-1,5]',
  '[5,1]',
  '[0.5,3]',
  '[0,"9"]',
  '[0]',
  '[0,1,2]',
  '{"start":0,"end":9}',
  '[null,null]',
  '[1e400,1]',
  '"0-9"',
  '',
];

const FIXED_SORTS = [
  '["id","ASC"]',
  '["id","asc"]',
  '["id","DOWN"]',
  '["__proto__","ASC"]',
  '["constructor","DESC"]',
  '["confidentialNotes","ASC"]',
  '["funding","ASC"]',
  '["responseGroups","DESC"]',
  '["overdue","ASC"]',
  '["stale","DESC"]',
  '[1,"ASC"]',
  '["id"]',
  '{"field":"id","order":"ASC"}',
  '"id"',
  '[]',
  '',
];

const sortValue = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXED_SORTS), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constantFrom(...ALL_FIELDS), fc.string()),
        fc.constantFrom('ASC', 'DESC', 'asc', 'desc', 'x', ''),
      )
      .map(json),
    weight: 3,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map(json), weight: 1 },
);

const rangeValue = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXED_RANGES), weight: 3 },
  { arbitrary: fc.tuple(numberArb, numberArb).map(json), weight: 3 },
  { arbitrary: fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 })).map(json), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map(json), weight: 1 },
);

const filterText = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXED_FILTERS), weight: 3 },
  { arbitrary: fc.dictionary(filterKey, filterValue, { maxKeys: 4 }).map(json), weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json), weight: 1 },
);

/** One query parameter: the protocol's three, json-server's own, and junk; sometimes not encoded. */
const paramArb = fc
  .tuple(
    fc.oneof(
      { arbitrary: filterText.map((v) => ['filter', v] as const), weight: 5 },
      { arbitrary: sortValue.map((v) => ['sort', v] as const), weight: 3 },
      { arbitrary: rangeValue.map((v) => ['range', v] as const), weight: 3 },
      {
        arbitrary: fc.tuple(
          fc.constantFrom(
            'q',
            '_embed',
            '_expand',
            '_page',
            '_limit',
            '_start',
            '_end',
            '_sort',
            '_order',
            'id',
            'filter[]',
            'filter[q]',
            'sort[0]',
            '__proto__',
            'constructor',
            '__proto__[x]',
          ),
          stringArb.filter((s) => s.length < 200),
        ),
        weight: 2,
      },
      { arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), weight: 1 },
    ),
    fc.boolean(),
  )
  .map(([[name, value], raw]) =>
    raw && !/[#?&\s]/.test(name + value) ? `${name}=${value}` : `${encode(name)}=${encode(value)}`,
  );

const listRequest: fc.Arbitrary<Hostile> = fc
  .tuple(writerArb, targetArb, fc.array(paramArb, { minLength: 0, maxLength: 5 }))
  .map(([writer, target, params]) => ({
    writer,
    method: 'GET' as const,
    path: `/api/${target}${params.length ? `?${params.join('&')}` : ''}`,
  }));

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

/** Each run sends one batch of requests, one after another; liveness is checked after every batch. */
const BATCH = { minLength: 1, maxLength: 10 } as const;
/**
 * A safety net, not the pace: a property normally ends long before its budget (the whole
 * file takes ~20 s). On a slow machine the budgets, about 60 s together, cap the file.
 */
const budget = (ms: number) => ({ plugins: [fc.interruptAfterTimeLimit(ms)] });

describe('hostile input (property-based)', () => {
  it(
    'boundary dates, instants and references are stored valid or refused with 4xx',
    { timeout: 60_000 },
    async () => {
      const targets = RESOURCE_NAMES.filter((r) => typedFields(r).length > 0);
      const write: fc.Arbitrary<Hostile> = fc
        .tuple(writerArb, fc.constantFrom(...targets, 'incidents', 'incidents'))
        .chain(([writer, target]) =>
          fc
            .tuple(
              fc.constantFrom<Method>('POST', 'PUT', 'PATCH'),
              plausibleId(target),
              fc.constantFrom(...typedFields(target)).chain((f) => fc.tuple(fc.constant(f), edgeFor(f))),
              fc.nat({ max: 30 }),
            )
            .map(([method, id, [field, value], n]) => ({
              writer,
              method,
              path: method === 'POST' ? `/api/${target}` : `/api/${target}/${id}`,
              // A create sends a whole record; an update only the changed field.
              body: json(
                method === 'POST' ? withKey(validRecord(target, n), field, value) : { [field]: value },
              ),
            })),
        );
      await fc.assert(
        fc.asyncProperty(fc.array(write, BATCH), (batch) => sendBatch(batch)),
        { numRuns: 150, ...budget(8_000) },
      );
    },
  );

  it('creates and updates with random JSON bodies never break the server', { timeout: 60_000 }, async () => {
    const write: fc.Arbitrary<Hostile> = fc.tuple(writerArb, targetArb).chain(([writer, target]) =>
      fc
        .tuple(fc.constantFrom<Method>('POST', 'PUT', 'PATCH'), plausibleId(target), bodyArb(target))
        .map(([method, id, body]) => ({
          writer,
          method,
          path: method === 'POST' ? `/api/${target}` : `/api/${target}/${id}`,
          body: json(body),
        })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, BATCH), (batch) => sendBatch(batch)),
      { numRuns: 260, ...budget(10_000) },
    );
  });

  it(
    'records valid except one field are either stored valid or refused with 4xx',
    { timeout: 60_000 },
    async () => {
      const write: fc.Arbitrary<Hostile> = fc
        .tuple(writerArb, fc.constantFrom(...RESOURCE_NAMES, 'users'))
        .chain(([writer, target]) =>
          fc
            .tuple(
              fc.constantFrom<Method>('POST', 'POST', 'PUT', 'PATCH'),
              plausibleId(target),
              mutatedRecord(target),
              fc.boolean(),
            )
            .map(([method, id, body, whole]) => {
              // An update may name only what it changes, so one changed field can slip past the rest.
              const base = validRecord(target, 0);
              const sent =
                method === 'POST' || target === 'users' || whole
                  ? body
                  : Object.fromEntries(
                      Object.entries(body).filter(([k, v]) => v !== base[k] || !(k in base)),
                    );
              return {
                writer,
                method,
                path: method === 'POST' ? `/api/${target}` : `/api/${target}/${id}`,
                body: json(sent),
              };
            }),
        );
      await fc.assert(
        fc.asyncProperty(fc.array(write, BATCH), (batch) => sendBatch(batch)),
        { numRuns: 220, ...budget(10_000) },
      );
    },
  );

  it('malformed JSON text and odd content types answer 4xx', { timeout: 60_000 }, async () => {
    const MALFORMED = [
      '{"level": "red",',
      '{',
      '}',
      '[',
      '{"a":1}}',
      "{'a':1}",
      '{a:1}',
      '{"a":NaN}',
      '{"a":Infinity}',
      '{"a":undefined}',
      '{"a":1,}',
      '[1,]',
      '"\\u12"',
      '"\\x41"',
      '\u0000',
      '\ufeff{}',
      '{"__proto__":',
      '{"a":"\ud800"}',
      '1e999999',
      '-',
      '',
      ' ',
      'null',
      'true',
      '"text"',
      '123',
      '{"a":' + '['.repeat(5_000),
      '['.repeat(3_000) + ']'.repeat(3_000),
    ];
    const text = fc.oneof(
      { arbitrary: fc.constantFrom(...MALFORMED), weight: 3 },
      { arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
      { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => json(v).slice(0, -1)), weight: 2 },
      {
        arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([v, cut]) => {
          const s = json(v);
          return s.slice(0, cut % (s.length + 1));
        }),
        weight: 2,
      },
    );
    const write: fc.Arbitrary<Hostile> = fc.tuple(writerArb, targetArb).chain(([writer, target]) =>
      fc
        .tuple(fc.constantFrom<Method>('POST', 'PUT', 'PATCH'), plausibleId(target), text)
        .map(([method, id, body]) => ({
          writer,
          method,
          path: method === 'POST' ? `/api/${target}` : `/api/${target}/${id}`,
          body,
        })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, BATCH), async (batch) => {
        for (const r of batch) {
          const res = await send(r);
          // Whatever the text, a malformed write is never accepted as a change.
          // (An empty body reads as {}, and a byte-order mark is dropped: both may update nothing.)
          const text = r.body ?? '';
          if (text === '' || text.startsWith('\ufeff')) continue;
          let parsed: unknown = undefined;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* malformed: parsed stays undefined */
          }
          if (parsed === null || typeof parsed !== 'object')
            expect(res.status, describeRequest(r)).toBeGreaterThanOrEqual(400);
        }
        await afterBatch(batch);
      }),
      { numRuns: 120, ...budget(6_000) },
    );
  });

  it('random list queries (sort, range, filter) answer 200 or 4xx', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(listRequest, BATCH), (batch) => sendBatch(batch)),
      { numRuns: 400, ...budget(12_000) },
    );
  });

  it('random ids for GET, PUT, PATCH and DELETE answer 404 or another 4xx', { timeout: 60_000 }, async () => {
    const request: fc.Arbitrary<Hostile> = fc
      .tuple(writerArb, targetArb, fc.constantFrom<Method>('GET', 'PUT', 'PATCH', 'DELETE'))
      .chain(([writer, target, method]) =>
        fc
          .tuple(
            fc.oneof(
              { arbitrary: weirdId, weight: 5 },
              // Deleting what exists is allowed too; nothing referred to may disappear.
              { arbitrary: plausibleId(target), weight: 1 },
            ),
            fc.oneof(randomObject, mutatedRecord(target)),
          )
          .map(([id, body]) => {
            // Admin, editor and board keep their accounts.
            const safeId = target === 'users' && ['1', '2', '3'].includes(id) ? String(victimId) : id;
            return {
              writer,
              method,
              path: `/api/${target}/${safeId}`,
              body: method === 'PUT' || method === 'PATCH' ? json(body) : undefined,
            };
          }),
      );
    await fc.assert(
      fc.asyncProperty(fc.array(request, BATCH), async (batch) => {
        for (const r of batch) {
          const res = await send(r);
          // What fetch really asks for: `.` and `..` segments are resolved before sending.
          const [, api, target, id, ...rest] = new URL(r.path, server.url).pathname.split('/');
          const named = api === 'api' && TARGETS.includes(target as Target) && id !== undefined && id !== '';
          // Only canonical positive integers name a record.
          if (named && (rest.length > 0 || !/^[1-9][0-9]*$/.test(id)))
            expect(res.status, describeRequest(r)).toBeGreaterThanOrEqual(400);
        }
        await afterBatch(batch);
      }),
      { numRuns: 280, ...budget(10_000) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// What is left afterwards
// ---------------------------------------------------------------------------------------------

describe('after the hostile input', () => {
  // The rounds run for a fixed time: a loaded machine (CI beside other work) sends fewer.
  it('sent thousands of requests', () => {
    expect(stats.requests).toBeGreaterThanOrEqual(2_500);
  });

  it('stored only records that pass their schema, with references that exist', () => {
    const problems = integrityProblems(server.readDb());
    const report = problems
      .slice(0, 25)
      .map((p) => `${p}\n    first seen after:\n      ${introducedBy.get(p) ?? '(unknown)'}`);
    expect(problems, `${problems.length} problems:\n${report.join('\n')}`).toEqual([]);
  });

  it('kept the stored users and the audit log well-formed', async () => {
    const persisted = await server.persisted();
    const users = persisted.users as { [key: string]: unknown }[];
    for (const user of users.filter((u) => Number(u.id) <= 3))
      expect(user).toMatchObject({ role: user.username, active: true });
    for (const user of users) {
      // `email` and `phone` on users made through the API (null without one), not on those the test support made.
      const keys = Object.keys(user).filter((k) => k !== VERSION && k !== 'email' && k !== 'phone');
      expect(user.email ?? null).toBeNull();
      expect(user.phone ?? null).toBeNull();
      expect(keys.sort()).toEqual([
        'active',
        'fullName',
        'id',
        'memberships',
        'passwordHash',
        'role',
        'username',
      ]);
      expect(Array.isArray(user.memberships)).toBe(true);
      if (VERSION in user)
        expect(Number.isSafeInteger(user[VERSION]) && Number(user[VERSION]) >= 1).toBe(true);
      expect(ROLES).toContain(user.role);
      expect(typeof user.active).toBe('boolean');
      expect(user.passwordHash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
      expect(user.username).toMatch(/^[a-zA-Z0-9._-]{2,60}$/);
    }
    expect(persisted.audit.map((e) => e.id)).toEqual(server.store.audit().map((e) => e.id));
    for (const entry of persisted.audit)
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['id', 'at', 'action']));
  });

  it('did not pollute Object.prototype', () => {
    expect(({} as any).x).toBeUndefined();
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  });
});

// ---------------------------------------------------------------------------------------------
// Known hostile inputs: what the properties found, kept as fixed examples (each on a fresh server)
// ---------------------------------------------------------------------------------------------

const INCIDENT = validRecord('incidents', 0);

interface KnownCase {
  name: string;
  /** Requests that set the scene, as the editor; each must succeed. */
  setup?: { method: Method; path: string; body: unknown }[];
  method: Method;
  path: string;
  body: unknown;
}

const KNOWN: KnownCase[] = [
  {
    name: 'a yellow incident whose level was set on 31.12.9999 late evening UTC (10000-01-01 in Copenhagen)',
    method: 'POST',
    path: '/api/incidents',
    body: { ...INCIDENT, levelSetAt: '9999-12-31T23:30:00Z' },
  },
  {
    name: 'a yellow incident in the year 50 (Date.UTC reads years 0–99 as 1900–1999)',
    method: 'POST',
    path: '/api/incidents',
    body: { ...INCIDENT, occurredAt: '0050-01-01T10:00:00Z', levelSetAt: '0050-01-01T10:00:00Z' },
  },
  {
    name: 'an instant that is year 0000 locally but year -1 in UTC',
    method: 'POST',
    path: '/api/incidents',
    body: { ...INCIDENT, occurredAt: '0000-01-01T00:00:00+01:00' },
  },
  {
    name: 'an instant that is year 9999 locally but year 10000 in UTC',
    method: 'POST',
    path: '/api/incidents',
    body: { ...INCIDENT, level: 'red', occurredAt: '9999-12-31T23:00:00-05:00' },
  },
  {
    name: 'a log entry at an instant that is year -1 in UTC',
    method: 'POST',
    path: '/api/incidentLogEntries',
    body: { ...validRecord('incidentLogEntries', 0), at: '0000-01-01T00:00:00+01:00' },
  },
  {
    name: 'moving an area with incidents to another programme',
    method: 'PUT',
    path: '/api/areas/1',
    body: { programmeId: 2 },
  },
  {
    name: 'moving a participant with a deputy to another programme',
    method: 'PATCH',
    path: '/api/participants/1',
    body: { programmeId: 1 },
  },
  {
    name: 'moving an incident named by an action plan to another programme',
    setup: [{ method: 'POST', path: '/api/actionPlans', body: { programmeId: 1, incidentIds: [2] } }],
    method: 'PUT',
    path: '/api/incidents/2',
    body: { programmeId: 2, areaId: 5 },
  },
];

describe('known hostile inputs (regressions found by the properties)', () => {
  it('refuses a JSON array as the body of a user update, as every other write does', async () => {
    const admin = clients.admin;
    const before = (await admin.get('/api/users/3')).body;
    const res = await admin.request('PUT', '/api/users/3', [1, 2]);
    stats.requests++;
    expect(res.status).toBe(400);
    expect((await admin.get('/api/users/3')).body).toEqual(before);
  });

  it('never hands a deleted record’s id to a new record (its history and version would mix)', async () => {
    const admin = clients.admin;
    const programme = validRecord('programmes', 1);
    const first = await admin.post('/api/programmes', { ...programme, name: 'Slettes igen' });
    expect(first.status).toBe(201);
    expect((await admin.delete(`/api/programmes/${first.body.id}`)).status).toBe(200);
    const second = await admin.post('/api/programmes', { ...programme, name: 'Helt ny' });
    stats.requests += 3;
    expect(second.status).toBe(201);
    // A stale tab still holding the deleted record (same id, version 1) would pass the version check.
    expect(second.body.id, 'the id of the deleted programme was reused').not.toBe(first.body.id);
  });

  it.each(KNOWN)('$name: $method $path answers below 500 and stores nothing invalid', async (known) => {
    const fresh = await startServer();
    try {
      const editor = await fresh.as('editor');
      for (const step of known.setup ?? []) {
        const res = await editor.request(step.method, step.path, step.body);
        expect(res.status, `setup ${step.method} ${step.path}`).toBeLessThan(300);
      }
      const res = await editor.request(known.method, known.path, known.body);
      stats.requests++;
      if (res.status >= 500) stats.serverErrors++;
      expect(res.status, json(res.body)).toBeLessThan(500);
      const problems = integrityProblems(fresh.readDb());
      expect(
        problems,
        `after ${res.status} ${shorten(json(res.body), 200)}:\n${problems.join('\n')}`,
      ).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
