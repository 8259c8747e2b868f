import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
let incidentId: number;

/** Programme 2's signatories in the fixture: participants 1 and 3. */
const SIGNATORIES = [1, 3];

const complete = () => ({
  situation: { description: 'Uro mellem to grupper', involvedCount: 6, escalationRisk: 'high' },
  purpose: 'Skabe ro',
  targetGroups: 'Unge 14–20 år',
  interventions: [{ action: 'Synlig patruljering', participantId: 1, place: 'Torvet', phone: '40 11 22 33' }],
  communications: [{ audience: 'residents', keyMessage: 'Politiet er til stede', participantId: 3 }],
  startDate: '2026-05-01',
  endDate: '2026-05-31',
});

beforeAll(async () => {
  server = await startServer();
  editor = await server.as('editor');
  const incident = await editor.post('/api/incidents', {
    programmeId: 2,
    areaId: 5,
    occurredAt: '2026-04-28T20:00:00Z',
    level: 'red',
    category: 'fights',
    policeCase: true,
    activatedBy: 'police',
    description: 'Slåskamp på torvet',
  });
  incidentId = incident.body.id;
});
afterAll(() => server.close());

async function draft(extra: object = {}) {
  const res = await editor.post('/api/actionPlans', { programmeId: 2, incidentIds: [incidentId], ...extra });
  expect(res.status).toBe(201);
  return res.body;
}

const put = async (plan: { id: number }, change: object) =>
  editor.put(`/api/actionPlans/${plan.id}`, { ...plan, ...change });

async function activePlan() {
  const plan = await draft(complete());
  const approved = (await put(plan, { status: 'approved' })).body;
  const approvals = SIGNATORIES.map((participantId) => ({
    participantId,
    approvedAt: '2026-05-01T08:00:00Z',
  }));
  const active = await put(approved, { approvals, status: 'active' });
  expect(active.status).toBe(200);
  return active.body;
}

describe('action plan rules', () => {
  it('starts as a draft that may be incomplete, with a history', async () => {
    const plan = await draft();
    expect(plan).toMatchObject({ status: 'draft', interventions: [], version: 1, endsSoon: false });
    expect(plan.history).toEqual([expect.objectContaining({ event: 'created', username: 'editor' })]);
    const active = await editor.post('/api/actionPlans', {
      programmeId: 2,
      incidentIds: [incidentId],
      status: 'active',
    });
    expect(active.status).toBe(400);
    expect(active.body.errors.status).toBe('En handleplan begynder som kladde');
  });

  it('needs every step complete before leaving draft', async () => {
    const plan = await draft();
    const res = await put(plan, { status: 'approved' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(
      [
        'communications',
        'endDate',
        'interventions',
        'purpose',
        'situation.description',
        'startDate',
        'targetGroups',
      ].sort(),
    );
  });

  it('needs a responsible participant or party on every intervention, and an end after the start', async () => {
    const plan = await draft(complete());
    const noOne = await put(plan, { status: 'approved', interventions: [{ action: 'Hjemmebesøg' }] });
    expect(noOne.body.errors['interventions.0.participantId']).toBe(
      'Hver indsats skal have en ansvarlig deltager eller part',
    );
    const party = await put(plan, {
      status: 'approved',
      interventions: [{ action: 'Hjemmebesøg', party: 'Børne- og ungecentret' }],
    });
    expect(party.status).toBe(200);
    const reversed = await put(await draft(complete()), { endDate: '2026-04-01' });
    expect(reversed.body.errors.endDate).toBe('Slutdatoen skal ligge efter startdatoen');
  });

  it('activates only with every signatory’s approval, or an explicit reason', async () => {
    const plan = await draft(complete());
    const approved = (await put(plan, { status: 'approved' })).body;
    const missing = await put(approved, {
      status: 'active',
      approvals: [{ participantId: 1, approvedAt: '2026-05-01T08:00:00Z' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.approvals).toMatch(/^Alle underskrivere/);
    const overridden = await put(approved, {
      status: 'active',
      approvals: [{ participantId: 1, approvedAt: '2026-05-01T08:00:00Z' }],
      activationOverride: 'SSP godkendte mundtligt',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.history.map((e: { event: string }) => e.event)).toEqual([
      'created',
      'status',
      'approval',
      'status',
    ]);
  });

  it('takes approvals from signatories only, once each, never taking one back', async () => {
    const plan = await draft(complete());
    const early = await put(plan, { approvals: [{ participantId: 1, approvedAt: '2026-05-01T08:00:00Z' }] });
    expect(early.body.errors.approvals).toBe('Godkendelser registreres, når planen er vedtaget');
    const approved = (await put(plan, { status: 'approved' })).body;
    const first = { participantId: 1, approvedAt: '2026-05-01T08:00:00Z' };
    const twice = await put(approved, {
      approvals: [first, { ...first, approvedAt: '2026-05-02T08:00:00Z' }],
    });
    expect(twice.body.errors.approvals).toBe('Hver underskriver godkender kun én gang');
    const outsider = await put(approved, {
      approvals: [{ participantId: 2, approvedAt: '2026-05-01T08:00:00Z' }],
    });
    expect(outsider.body.errors.approvals).toBe('Kun deltagere, der underskriver planen, kan godkende den');
    const one = (await put(approved, { approvals: [first] })).body;
    const removed = await put(one, { approvals: [] });
    expect(removed.body.errors.approvals).toBe('En registreret godkendelse kan ikke ændres eller fjernes');
    const back = await put(one, { status: 'draft' });
    expect(back.status).toBe(200);
    expect(back.body.approvals).toEqual([]);
  });

  it('goes back from approved to draft, but never skips or reverses otherwise', async () => {
    const plan = await draft(complete());
    expect((await put(plan, { status: 'active' })).body.errors.status).toBe(
      'Det statusskift er ikke tilladt',
    );
    const approved = (await put(plan, { status: 'approved' })).body;
    expect((await put(approved, { status: 'draft' })).status).toBe(200);
    const active = await activePlan();
    expect((await put(active, { status: 'approved' })).body.errors.status).toBe(
      'Det statusskift er ikke tilladt',
    );
  });

  it('extends only by a revision, keeping the old end date', async () => {
    const active = await activePlan();
    const overwrite = await put(active, { endDate: '2026-06-30' });
    expect(overwrite.body.errors.endDate).toMatch(/^Slutdatoen ændres ved at forlænge/);
    const revision = {
      date: '2026-05-29',
      previousEndDate: '2026-05-31',
      newEndDate: '2026-06-30',
      reason: 'Fortsat uro',
      sspStatus: 'Indsatserne virker delvist',
    };
    const mismatch = await put(active, { endDate: '2026-07-15', revisions: [revision] });
    expect(mismatch.body.errors.endDate).toBe('Revisionen skal gå fra den nuværende slutdato til den nye');
    const extended = await put(active, { endDate: '2026-06-30', revisions: [revision] });
    expect(extended.status).toBe(200);
    expect(extended.body.revisions[0].previousEndDate).toBe('2026-05-31');
    expect(extended.body.history.at(-1)).toMatchObject({
      event: 'revised',
      from: '2026-05-31',
      to: '2026-06-30',
    });
    const rewritten = await put(extended.body, { revisions: [{ ...revision, reason: 'Omskrevet' }] });
    expect(rewritten.body.errors.revisions).toBe('Tidligere revisioner kan ikke ændres eller slettes');
    const dropped = await put(extended.body, { revisions: [] });
    expect(dropped.body.errors.revisions).toBe('Tidligere revisioner kan ikke ændres eller slettes');
  });

  it('ends only with SSP’s status, and takes the evaluation only once ended', async () => {
    const active = await activePlan();
    const early = await put(active, { evaluation: { worked: 'Ja' } });
    expect(early.body.errors.evaluation).toBe('Evalueringen skrives, når planen er afsluttet');
    const noStatus = await put(active, { status: 'ended' });
    expect(noStatus.body.errors.sspStatus).toMatch(/^SSP’s status/);
    const ended = await put(active, { status: 'ended', sspStatus: 'Roligt igen' });
    expect(ended.status).toBe(200);
    const evaluated = await put(ended.body, {
      evaluation: { worked: 'Ja', rightChannels: 'Delvist', changes: 'Sms til beboere' },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.history.at(-1).event).toBe('evaluated');
    const frozen = await put(evaluated.body, { purpose: 'Noget andet' });
    expect(frozen.body.errors.status).toBe('Planen er afsluttet; kun evalueringen kan skrives');
    expect((await put(evaluated.body, { status: 'active' })).status).toBe(400);
  });

  it('refuses references outside the programme', async () => {
    const res = await editor.post('/api/actionPlans', { programmeId: 2, incidentIds: [1] });
    expect(res.body.errors['incidentIds.0']).toBe('Hændelsen hører til en anden helhedsplan');
    const plan = await draft();
    const participant = await put(plan, { interventions: [{ action: 'X', participantId: 99 }] });
    expect(participant.body.errors['interventions.0.participantId']).toBe('Deltageren findes ikke (id 99)');
  });

  it('deletes only drafts, and keeps incidents a plan refers to', async () => {
    const active = await activePlan();
    const refused = await editor.delete(`/api/actionPlans/${active.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Kun en kladde kan slettes; en vedtaget plan afsluttes');
    expect((await editor.delete(`/api/incidents/${incidentId}`)).status).toBe(409);
    const plan = await draft();
    expect((await editor.delete(`/api/actionPlans/${plan.id}`)).status).toBe(200);
  });

  it('lists plans of an incident and flags those ending soon or overdue for status', async () => {
    const res = await editor.get(
      '/api/actionPlans' + listQuery({ filter: { incidentIds: incidentId, status: 'active' } }),
    );
    expect(res.body.length).toBeGreaterThan(0);
    for (const plan of res.body)
      expect(plan).toMatchObject({ status: 'active', endsSoon: false, statusOverdue: true });
  });

  it('finds plans by the text of their interventions and situation', async () => {
    const res = await editor.get('/api/actionPlans' + listQuery({ filter: { q: 'patruljering torvet' } }));
    expect(res.body.length).toBeGreaterThan(0);
    const none = await editor.get('/api/actionPlans' + listQuery({ filter: { q: 'ukendtord' } }));
    expect(none.body).toEqual([]);
  });

  it('lets the board read plans without confidential notes, and never write', async () => {
    const plan = await draft({ confidentialNotes: 'Politiets kilde: NN' });
    const board = await server.as('board');
    const one = await board.get(`/api/actionPlans/${plan.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('confidentialNotes');
    expect(JSON.stringify((await board.get('/api/actionPlans')).body)).not.toContain('Politiets kilde');
    expect((await board.put(`/api/actionPlans/${plan.id}`, { purpose: 'x' })).status).toBe(403);
  });
});

describe('the incident log', () => {
  it('appends timestamped entries with their author to an activated incident', async () => {
    const res = await editor.post('/api/incidentLogEntries', {
      incidentId,
      happened: 'Gruppen samlet ved torvet',
      informed: 'Politiet',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ incidentId, author: 'editor', correctsId: null, version: 1 });
    expect(res.body.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('sets the incident’s meeting time from an entry that was the response meeting, audited', async () => {
    const before = (await editor.get(`/api/incidents/${incidentId}`)).body;
    const at = new Date(Date.parse(before.occurredAt) + 3_600_000).toISOString();
    const plain = await editor.post('/api/incidentLogEntries', { incidentId, at, happened: 'Opringning' });
    expect(plain.status).toBe(201);
    expect((await editor.get(`/api/incidents/${incidentId}`)).body.meetingHeldAt).toBe(before.meetingHeldAt);
    const meeting = await editor.post('/api/incidentLogEntries', {
      incidentId,
      at,
      happened: 'Beredskabsmøde holdt på Vangdalen',
      isMeeting: true,
    });
    expect(meeting.status).toBe(201);
    const after = (await editor.get(`/api/incidents/${incidentId}`)).body;
    expect(after.meetingHeldAt).toBe(at);
    expect(after.version).toBe(before.version + 1);
    expect(after.meetingStatus).not.toBe('pending');
    const audit = (await (await server.as('admin')).get('/api/auditLog')).body as any[];
    expect(
      audit.find((e) => e.resource === 'incidents' && e.recordId === incidentId && e.changes?.meetingHeldAt),
    ).toMatchObject({ action: 'update', username: 'editor', changes: { meetingHeldAt: { after: at } } });
    const early = await editor.post('/api/incidentLogEntries', {
      incidentId,
      at: '2000-01-01T00:00:00.000Z',
      happened: 'For tidligt',
      isMeeting: true,
    });
    expect(early.body.errors.at).toBe('Beredskabsmødet kan ikke ligge før hændelsen');
  });

  it('is kept for yellow and red incidents only', async () => {
    const res = await editor.post('/api/incidentLogEntries', { incidentId: 3, happened: 'x' });
    expect(res.body.errors.incidentId).toBe('Hændelsesloggen føres for gule og røde hændelser');
  });

  it('is append-only: corrections are new entries referring to the old one', async () => {
    const first = (await editor.post('/api/incidentLogEntries', { incidentId, happened: 'Bil brændt' })).body;
    expect((await editor.put(`/api/incidentLogEntries/${first.id}`, { happened: 'Ændret' })).status).toBe(
      405,
    );
    expect((await editor.delete(`/api/incidentLogEntries/${first.id}`)).status).toBe(405);
    const correction = await editor.post('/api/incidentLogEntries', {
      incidentId,
      happened: 'Rettelse: knallert, ikke bil',
      correctsId: first.id,
    });
    expect(correction.status).toBe(201);
    const other = await editor.post('/api/incidentLogEntries', {
      incidentId: 1,
      happened: 'x',
      correctsId: first.id,
    });
    expect(other.body.errors.correctsId).toBe('En rettelse skal henvise til en logpost for samme hændelse');
    expect(server.readDb().incidentLogEntries.find((e: { id: number }) => e.id === first.id).happened).toBe(
      'Bil brændt',
    );
  });
});
