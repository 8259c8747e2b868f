import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture';
import { ENGINE } from '../support/postgres';
import { listQuery, startServer, type Client, type TestServer } from '../support/server';

/** TEST_NOW is 23 November 2026: 25 months back is October 2024. */
const OLD = '2024-10-01T18:00:00.000Z';
const RECENT = '2026-06-01T18:00:00.000Z';
const ERASED = [
  'Beboeren Ulla Erasmussen i nr. 7',
  'Log: Erasmussen sås ved cykelskuret',
  'Plan: kilde i opgang 3',
];
const KEPT = ['Åben sag: stadig i gang', 'Nylig: kun fem måneder gammel', 'Viborg: ingen regel'];
/** Whom the old incident's mails went to, and its reply link's hash: erased with its notes. */
const MAIL_ERASED = ['Bodil Mailsen', 'bodil.mailsen@example.dk', 'e'.repeat(64), '550 bodil.mailsen ukendt'];
/** The recent incident's mail: kept. */
const MAIL_KEPT = ['Karen Beholdt', 'karen.beholdt@example.dk'];

/** An ended plan whose end date is more than 24 months ago, and one ended this autumn. */
const plan = (id: number, endDate: string, confidentialNotes: string) => ({
  id,
  programmeId: 2,
  incidentIds: [],
  status: 'ended',
  startDate: '2024-08-01',
  endDate,
  situation: { description: 'Uro', involvedCount: null, escalationRisk: 'medium' },
  purpose: 'Ro',
  targetGroups: null,
  interventions: [],
  communications: [],
  pressSpokespeople: [],
  callList: [],
  approvals: [],
  activationOverride: null,
  revisions: [],
  sspStatus: 'Roligt',
  evaluation: null,
  confidentialNotes,
  history: [],
});

let server: TestServer;
let admin: Client;
let editor: Client;
const ids: Record<string, number> = { old: 0, log: 0, open: 0, recent: 0, viborg: 0 };

async function incident(
  programmeId: number,
  areaId: number,
  occurredAt: string,
  status: string,
  notes: string,
) {
  const res = await editor.post('/api/incidents', {
    programmeId,
    areaId,
    occurredAt,
    level: 'red',
    category: 'fights',
    activatedBy: 'police',
    description: 'Slåskamp ved cykelskuret',
    confidentialNotes: notes,
    status,
  });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

/** A mail of an incident as the outbox leaves it: sent, with a reply link's hash and the answer. */
const mail = (
  incidentId: number,
  kind: string,
  [name, to, hash = null, error = null]: (string | null)[],
) => ({
  incidentId,
  programmeId: 2,
  participantId: 1,
  name,
  to,
  kind,
  cause: `${kind}:${incidentId}:0`,
  status: 'sent',
  attempts: 2,
  lastError: error,
  createdAt: OLD,
  sentAt: OLD,
  nextAttemptAt: null,
  claimedUntil: null,
  replyTokenHash: hash,
  reply: hash ? 'yes' : null,
  repliedAt: hash ? OLD : null,
});

/** Puts mails in the store as the outbox would have written them. */
async function storeMails(mails: Record<string, unknown>[]) {
  await server.store.commit({
    decide: (state) => ({
      ops: mails.map((m, i) => ({
        op: 'put' as const,
        coll: 'notifications' as const,
        record: { ...m, id: state.issuedId('notifications') + i + 1, version: 1 },
      })),
      audit: [],
      result: null,
    }),
  });
}

/** Everything the engine keeps — every file below DATA_DIR, backups included, or every table — as text. */
async function everythingStored(): Promise<string> {
  if (ENGINE === 'postgres') return (await server.persisted()).text;
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      // The test's own seed file lives here too; a real DATA_DIR has none.
      else if (entry.name !== 'seed.json') texts.push(fs.readFileSync(path.join(dir, entry.name), 'utf8'));
  };
  walk(server.dataDir);
  return texts.join('\n');
}

beforeAll(async () => {
  server = await startServer({
    seed: { ...fixture, actionPlans: [plan(1, '2024-09-30', ERASED[2]!), plan(2, '2026-10-31', 'Plan: ny')] },
  });
  admin = await server.as('admin');
  editor = await server.as('editor');
  const programme = (await admin.get('/api/programmes/2')).body;
  expect((await admin.put('/api/programmes/2', { ...programme, retentionMonths: 24 })).status).toBe(200);
  ids.old = await incident(2, 5, OLD, 'closed', 'udkast');
  // A change of the notes: the text is now in the history of writes, not only in the record.
  expect((await editor.put(`/api/incidents/${ids.old}`, { confidentialNotes: ERASED[0] })).status).toBe(200);
  const log = await editor.post('/api/incidentLogEntries', {
    incidentId: ids.old,
    at: OLD,
    happened: 'Politiet ankom',
    confidentialNotes: ERASED[1],
  });
  expect(log.status).toBe(201);
  ids.log = log.body.id;
  ids.open = await incident(2, 5, OLD, 'open', KEPT[0]!);
  ids.recent = await incident(2, 5, RECENT, 'closed', KEPT[1]!);
  ids.viborg = await incident(1, 1, OLD, 'closed', KEPT[2]!);
  await storeMails([
    mail(ids.old, 'activation', MAIL_ERASED),
    mail(ids.old, 'invitation', MAIL_ERASED.slice(0, 2)),
    mail(ids.recent, 'activation', MAIL_KEPT),
  ]);
  // A backup taken before the erasure holds the text too.
  await server.store.snapshot('daily');
});
afterAll(() => server.close());

const oldMails = () =>
  (server.readDb().notifications as Record<string, unknown>[]).filter((m) => m.incidentId === ids.old);

describe('erasure on time', () => {
  it('is for admins only: board and editors get 403, for the preview and the run', async () => {
    const board = await server.as('board');
    for (const client of [board, editor]) {
      expect((await client.get('/api/retention/preview')).status).toBe(403);
      expect((await client.post('/api/retention/run', {})).status).toBe(403);
    }
  });

  it('shows what is due now and in the next 30 days, counts and dates, oldest first, no content', async () => {
    const preview = await admin.get('/api/retention/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.now).toEqual({
      incidents: 1,
      incidentLogEntries: 1,
      actionPlans: 1,
      notifications: 2,
    });
    expect(preview.body.next30Days).toEqual({
      incidents: 0,
      incidentLogEntries: 0,
      actionPlans: 0,
      notifications: 0,
    });
    const dates = preview.body.items.map((i: { dueAt: string }) => i.dueAt);
    expect(dates).toEqual([...dates].sort());
    expect(
      preview.body.items.map((i: { resource: string; id: number }) => `${i.resource} ${i.id}`).sort(),
    ).toEqual(
      [
        `actionPlans 1`,
        `incidentLogEntries ${ids.log}`,
        `incidents ${ids.old}`,
        ...oldMails().map((m) => `notifications ${m.id}`),
      ].sort(),
    );
    for (const text of [...ERASED, ...KEPT, ...MAIL_ERASED, ...MAIL_KEPT])
      expect(JSON.stringify(preview.body)).not.toContain(text);
  });

  it('changes nothing on a dry run', async () => {
    const before = server.readDb();
    const dry = await admin.post('/api/retention/run', { dryRun: true });
    expect(dry.body).toEqual({
      dryRun: true,
      counts: { incidents: 1, incidentLogEntries: 1, actionPlans: 1, notifications: 2 },
    });
    expect(server.readDb()).toEqual(before);
  });

  it('erases only the closed incident older than the rule, its log entry and the old ended plan', async () => {
    const stale = (await editor.get(`/api/incidents/${ids.old}`)).body;
    const run = await admin.post('/api/retention/run', {});
    expect(run.body).toEqual({
      dryRun: false,
      counts: { incidents: 1, incidentLogEntries: 1, actionPlans: 1, notifications: 2 },
    });
    const db = server.readDb();
    const byId = (name: string, id: number | undefined) => db[name].find((r: { id: number }) => r.id === id);
    expect(byId('incidents', ids.old)).toMatchObject({
      confidentialNotes: null,
      description: 'Slåskamp ved cykelskuret',
    });
    expect(byId('incidentLogEntries', ids.log)).toMatchObject({
      confidentialNotes: null,
      happened: 'Politiet ankom',
    });
    expect(byId('actionPlans', 1)).toMatchObject({ confidentialNotes: null, purpose: 'Ro' });
    expect(byId('incidents', ids.open).confidentialNotes).toBe(KEPT[0]);
    expect(byId('incidents', ids.recent).confidentialNotes).toBe(KEPT[1]);
    expect(byId('incidents', ids.viborg).confidentialNotes).toBe(KEPT[2]);
    expect(byId('actionPlans', 2).confidentialNotes).toBe('Plan: ny');
    // The mails stay, to be counted: who and how to reach them is gone.
    expect(oldMails().map((m) => [m.kind, m.status, m.sentAt, m.reply])).toEqual([
      ['activation', 'sent', OLD, 'yes'],
      ['invitation', 'sent', OLD, null],
    ]);
    for (const m of oldMails())
      expect(m).toMatchObject({
        name: null,
        to: null,
        participantId: null,
        replyTokenHash: null,
        lastError: null,
      });
    expect(db.notifications.find((m: { incidentId: number }) => m.incidentId === ids.recent)).toMatchObject({
      name: MAIL_KEPT[0],
      to: MAIL_KEPT[1],
    });
    // A form opened before cannot put the notes back.
    expect((await editor.put(`/api/incidents/${ids.old}`, stale)).status).toBe(409);
  });

  it('leaves the erased text nowhere the engine keeps: store, journal, audit log, backups', async () => {
    const stored = await everythingStored();
    for (const text of [...ERASED, ...MAIL_ERASED]) expect(stored, text).not.toContain(text);
    // What was kept is still found by the same search.
    for (const text of [...KEPT, ...MAIL_KEPT]) expect(stored, text).toContain(text);
    if (ENGINE === 'files') {
      // The restore point from before the erasure is still there, with the erased fields blank.
      const backups = fs.readdirSync(path.join(server.dataDir, 'backups'));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(/-daily\.json$/);
      const backup = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'backups', backups[0]!), 'utf8'));
      const old = backup.incidents.find((i: { id: number }) => i.id === ids.old);
      expect(old).toMatchObject({ confidentialNotes: null, description: 'Slåskamp ved cykelskuret' });
      expect(backup.incidents.find((i: { id: number }) => i.id === ids.open).confidentialNotes).toBe(KEPT[0]);
    }
  });

  it('records the erasure in the audit log: when, by which rule, how many, and nothing of what was erased', async () => {
    const audit = (await admin.get(`/api/auditLog${listQuery({ filter: { action: 'erasure' } })}`)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      username: 'admin',
      resource: 'programmes',
      recordId: 2,
      changes: {
        retentionMonths: { before: null, after: 24 },
        incidents: { before: null, after: 1 },
        incidentLogEntries: { before: null, after: 1 },
        actionPlans: { before: null, after: 1 },
        notifications: { before: null, after: 2 },
      },
    });
    const all = JSON.stringify(server.store.audit());
    for (const text of [...ERASED, ...KEPT]) expect(all).not.toContain(text);
  });

  it('has nothing left to do on a second run', async () => {
    const again = await admin.post('/api/retention/run', {});
    expect(again.body.counts).toEqual({
      incidents: 0,
      incidentLogEntries: 0,
      actionPlans: 0,
      notifications: 0,
    });
  });
});
