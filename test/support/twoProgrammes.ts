import { expect } from 'vitest';
import { fixture } from './fixture';
import { startServer, type Client, type Reply, type TestServer } from './server';

/**
 * Two programmes and a user of each kind who is in programme 1 only: what the programme
 * access suites (test/server/programmeAccess*.test.ts) ask across. Programme 2's records
 * carry words found nowhere in programme 1, so a search that reaches it shows.
 */

export type Who = 'anonymous' | 'board' | 'editor' | 'programmeAdmin' | 'admin';
export const WHO: readonly Who[] = ['anonymous', 'board', 'editor', 'programmeAdmin', 'admin'];
/** Own: programme 1, where the users are members; other: programme 2, where they are not. */
export type Scope = 'own' | 'other';
export const SCOPES: readonly Scope[] = ['own', 'other'];
export const PROGRAMME: Record<Scope, number> = { own: 1, other: 2 };

/** Found only in programme 2: its incident's description, and (confidential) its notes and log entry. */
export const OTHER_WORD = 'Zebrafinke';
export const OTHER_SECRET = 'Kolibrikilde';

/** A mail that could not be sent, in the outbox of a programme. */
export const failedNotification = (id: number, programmeId: number, incidentId: number, name: string) => ({
  id,
  version: 1,
  incidentId,
  programmeId,
  participantId: null,
  name,
  to: `${name.toLowerCase().replace(/\W/g, '.')}@example.org`,
  kind: 'activation',
  cause: `activation:${incidentId}:yellow:2019-03-04T18:00:00.000Z`,
  status: 'failed',
  attempts: 99,
  lastError: 'Postkassen findes ikke',
  createdAt: '2019-03-04T18:00:00.000Z',
  sentAt: null,
  nextAttemptAt: null,
  claimedUntil: null,
  replyTokenHash: 'a'.repeat(64),
  reply: null,
  repliedAt: null,
});

export const seed = {
  ...fixture,
  programmes: fixture.programmes.map((p) => ({
    ...p,
    adminEmail: `sekretariat${p.id}@example.org`,
    boardEmail: `bestyrelse${p.id}@example.org`,
  })),
  incidents: fixture.incidents.map((i) =>
    i.programmeId === 2
      ? {
          ...i,
          level: 'yellow',
          exercise: false,
          description: `${OTHER_WORD} ved Vangdalen`,
          confidentialNotes: `${OTHER_SECRET} i opgang 9`,
        }
      : i,
  ),
  incidentLogEntries: [
    {
      id: 1,
      incidentId: 2,
      at: '2019-03-04T18:30:00.000Z',
      happened: 'Beboere samlet ved legepladsen',
      decided: null,
      informed: null,
      correctsId: null,
      confidentialNotes: null,
      author: 'editor',
    },
    {
      id: 2,
      incidentId: 3,
      at: '2025-05-01T10:30:00.000Z',
      happened: `${OTHER_WORD} talt op`,
      decided: null,
      informed: null,
      correctsId: null,
      confidentialNotes: `${OTHER_SECRET}: naboen i nr. 4`,
      author: 'editor',
    },
  ],
  notifications: [
    failedNotification(1, 1, 1, 'Viborg Modtager'),
    failedNotification(2, 2, 3, `${OTHER_WORD} Modtager`),
  ],
  // A reporter, a round and a report in each programme; programme 2's named by its word.
  reporters: [1, 2].map((programmeId) => ({
    id: programmeId,
    programmeId,
    organisation: programmeId === 2 ? `${OTHER_WORD} Boligselskab` : 'Viborg Boligselskab',
    contacts: [
      { name: `Kontakt ${programmeId}`, email: `kontakt${programmeId}@example.org`, participantId: null },
    ],
    assignments: [],
  })),
  reportingRounds: [1, 2].map((programmeId) => ({
    id: programmeId,
    programmeId,
    year: 2026,
    projectYear: false,
    opensOn: '2026-11-02',
    dueOn: '2026-11-30',
    graceDays: 0,
    remindDaysBefore: 3,
    name: programmeId === 2 ? `${OTHER_WORD}runden` : null,
    status: 'draft',
    openedAt: null,
    closedAt: null,
  })),
  reportingSubmissions: [1, 2].map((programmeId) => ({
    id: programmeId,
    version: 1,
    programmeId,
    roundId: programmeId,
    reporterId: programmeId,
    organisation: programmeId === 2 ? `${OTHER_WORD} Boligselskab` : 'Viborg Boligselskab',
    status: 'draft',
    items: [],
    savedAt: '2026-11-03T09:00:00.000Z',
    submittedAt: null,
    returnComment: null,
    approvedBy: null,
    approvedAt: null,
  })),
};

/** Per programme: the records the cells refer to (filled in by `startTwoProgrammes`). */
export interface Refs {
  area: number;
  incident: number;
  indicator: number;
  activity: number;
  participant: number;
  /** A user who is a member of this programme alone. */
  user: number;
}

export interface TwoProgrammes {
  server: TestServer;
  clients: Record<Who, Client>;
  refs: Record<Scope, Refs>;
  /** The users' ids, by who. */
  userIds: Record<Exclude<Who, 'anonymous'>, number>;
}

export async function startTwoProgrammes(): Promise<TwoProgrammes> {
  const server = await startServer({ seed });
  const clients = {
    anonymous: server.anonymous(),
    admin: await server.as('admin'),
    editor: await server.member('editor1', [{ programmeId: 1, role: 'editor' }]),
    board: await server.member('board1', [{ programmeId: 1, role: 'board' }]),
    programmeAdmin: await server.member('padmin1', [{ programmeId: 1, role: 'programmeAdmin' }]),
  } satisfies Record<Who, Client>;
  const admin = clients.admin;
  const make = async (resource: string, body: object) => {
    const res = await admin.post(`/api/${resource}`, body);
    expect(res.status, `setting up ${resource}: ${JSON.stringify(res.body)}`).toBe(201);
    return res.body.id as number;
  };
  const refs = {} as Record<Scope, Refs>;
  for (const scope of SCOPES) {
    const programmeId = PROGRAMME[scope];
    const area = programmeId === 1 ? 1 : 5;
    const incident = programmeId === 1 ? 2 : 3;
    const word = programmeId === 2 ? ` ${OTHER_WORD}` : '';
    const indicator = await make('indicators', {
      programmeId,
      code: `P${programmeId}`,
      name: `Klager${word}`,
      unit: 'count',
      direction: 'lower',
      baselineYear: 2020,
      target: { rule: 'fixed', value: 10 },
    });
    const activity = await make('activities', {
      programmeId,
      name: `Lektiecafé${word}`,
      focusArea: 'Uddannelse',
    });
    const participant = await make('participants', {
      programmeId,
      name: `Deltager${word}`,
      title: 'Konsulent',
      organisation: 'Kommunen',
      responseGroups: [1],
    });
    await make('measurements', { indicatorId: indicator, areaId: area, year: 2020, value: 4 });
    await make('activityLogs', { activityId: activity, areaId: area, date: '2025-05-01', participants: 9 });
    await make('yearLocks', { programmeId, year: 2100, reason: 'Godkendt' });
    await make('actionPlans', { programmeId, incidentIds: [incident], purpose: `Ro${word}` });
    const user = (
      await admin.post('/api/users', {
        username: `kun${programmeId}`,
        fullName: `Kun plan ${programmeId}`,
        role: 'board',
        password: 'lang-nok-kode-1',
        memberships: [{ programmeId, role: 'board' }],
      })
    ).body.id as number;
    refs[scope] = { area, incident, indicator, activity, participant, user };
  }
  const users = server.store.all('users') as { id: number; username: string }[];
  const idOf = (username: string) => users.find((u) => u.username === username)!.id;
  return {
    server,
    clients,
    refs,
    userIds: {
      admin: idOf('admin'),
      editor: idOf('editor1'),
      board: idOf('board1'),
      programmeAdmin: idOf('padmin1'),
    },
  };
}

/** Everything a request could change: the store, the users and the audit log. */
export function snapshot(server: TestServer) {
  return {
    db: server.readDb(),
    users: structuredClone(server.store.all('users')),
    audit: structuredClone(server.store.audit()),
  };
}

/** The programme a row belongs to, worked out here from the store (not by the server's rule). */
export function programmeOfRow(server: TestServer, resource: string, row: Record<string, unknown>) {
  const db = server.readDb();
  const parent = (coll: string, id: unknown) =>
    (db[coll] as { id: number; programmeId: number }[]).find((r) => r.id === id)?.programmeId;
  switch (resource) {
    case 'programmes':
      return row.id;
    case 'incidentLogEntries':
      return parent('incidents', row.incidentId);
    case 'measurements':
      return parent('indicators', row.indicatorId);
    case 'activityLogs':
      return parent('activities', row.activityId);
    default:
      return row.programmeId;
  }
}

/** A refusal says why and nothing else. */
export function expectBare(res: Reply<any>) {
  expect(Object.keys(res.body ?? {}).filter((k) => k !== 'message' && k !== 'errors')).toEqual([]);
}

/** Nothing of programme 2 in an answer: not its words, nor its notes. */
export function expectNothingOfOther(res: Reply<any>, what: string) {
  const text = typeof res.body === 'string' ? res.body : (JSON.stringify(res.body) ?? '');
  for (const marker of [
    OTHER_WORD,
    OTHER_SECRET,
    'Randers',
    'Vangdalen',
    'bestyrelse2',
    'sekretariat2',
    // Programme 2's participants, in the fixture.
    'Mette Lund',
    'Jonas Krog',
    'Sara Holm',
    'Østjyllands Politi',
  ])
    expect(text, `${what} (${res.status}) shows ${marker}`).not.toContain(marker);
}
