import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
let now = new Date('2025-04-07T08:00:00Z');

beforeAll(async () => {
  server = await startServer({ clock: () => now });
  editor = await server.as('editor');
});
afterAll(() => server.close());

const incident = {
  programmeId: 1,
  areaId: 1,
  occurredAt: '2025-04-07T09:30:00+02:00',
  levelSetAt: '2025-04-07T10:00:00+02:00',
  level: 'yellow',
  category: 'drugDealing',
  policeCase: false,
  activatedBy: 'police',
  description: 'Øget handel med hash ved p-pladsen',
};

describe('computed response deadlines', () => {
  it('sets a yellow deadline at the end of the third working day after the day the level was set', async () => {
    const res = await editor.post('/api/incidents', incident);
    expect(res.status).toBe(201);
    // Monday 7 April 2025 → Tue, Wed, Thu → Thursday 10 April 23:59:59.999 (CEST).
    expect(res.body.responseDeadline).toBe('2025-04-10T21:59:59.999Z');
    expect(res.body.responseGroup).toBe(1);
    expect(res.body.meetingStatus).toBe('pending');
    expect(res.body.overdue).toBe(false);
  });

  it('recomputes when the level changes, restarting the clock at the change', async () => {
    const created = await editor.post('/api/incidents', incident);
    now = new Date('2025-04-08T12:00:00Z');
    const red = await editor.put(`/api/incidents/${created.body.id}`, {
      ...created.body,
      level: 'red',
      policeCase: true,
    });
    expect(red.status).toBe(200);
    expect(red.body.levelSetAt).toBe('2025-04-08T12:00:00.000Z');
    expect(red.body.responseDeadline).toBe('2025-04-09T12:00:00.000Z');
    expect(red.body.responseGroup).toBe(2);
    const green = await editor.put(`/api/incidents/${created.body.id}`, { level: 'green' });
    expect(green.body.responseDeadline).toBeNull();
    expect(green.body.meetingStatus).toBe('notRequired');
  });

  it('keeps the deadline when other fields change, and shows overdue once it passes', async () => {
    now = new Date('2025-04-07T08:00:00Z');
    const created = await editor.post('/api/incidents', incident);
    now = new Date('2025-04-11T08:00:00Z');
    const edited = await editor.put(`/api/incidents/${created.body.id}`, {
      description: 'Handel og trusler',
    });
    expect(edited.body.responseDeadline).toBe('2025-04-10T21:59:59.999Z');
    expect(edited.body.overdue).toBe(true);
    expect(edited.body.meetingStatus).toBe('overdue');
    const late = await editor.put(`/api/incidents/${created.body.id}`, {
      meetingHeldAt: '2025-04-11T07:00:00Z',
    });
    expect(late.body.meetingStatus).toBe('late');
    expect(late.body.overdue).toBe(true);
    const stored = server.readDb().incidents.find((i: { id: number }) => i.id === created.body.id);
    expect(stored).not.toHaveProperty('overdue');
    expect(stored.responseDeadline).toBe('2025-04-10T21:59:59.999Z');
  });

  it('says the meeting is planned once its time is set, on the record and in the list, until the deadline', async () => {
    now = new Date('2025-04-07T08:00:00Z');
    const created = await editor.post('/api/incidents', incident);
    const planned = await editor.put(`/api/incidents/${created.body.id}`, {
      meetingPlannedAt: '2025-04-09T16:00:00+02:00',
    });
    expect(planned.status).toBe(200);
    expect(planned.body.meetingPlannedAt).toBe('2025-04-09T14:00:00.000Z');
    expect(planned.body.meetingStatus).toBe('planned');
    expect(planned.body.overdue).toBe(false);
    const listed = await editor.get(
      `/api/incidents?filter=${encodeURIComponent(JSON.stringify({ id: [created.body.id] }))}`,
    );
    expect(listed.body.map((i: { meetingStatus: string }) => i.meetingStatus)).toEqual(['planned']);
    // Derived on read, never stored.
    const stored = server.readDb().incidents.find((i: { id: number }) => i.id === created.body.id);
    expect(stored).not.toHaveProperty('meetingStatus');
    // Not held by the deadline: overdue, planned or not.
    now = new Date('2025-04-11T08:00:00Z');
    expect((await editor.get(`/api/incidents/${created.body.id}`)).body.meetingStatus).toBe('overdue');
  });

  it('counts a programme’s extra closed days: juleaften closed moves the deadline a day', async () => {
    const admin = await server.as('admin');
    const programme = (await admin.get('/api/programmes/1')).body;
    const christmas = {
      ...incident,
      occurredAt: '2025-12-22T09:30:00+01:00',
      levelSetAt: '2025-12-22T10:00:00+01:00',
    };
    const before = await editor.post('/api/incidents', christmas);
    expect(before.body.responseDeadline).toBe('2025-12-29T22:59:59.999Z');
    const saved = await admin.put('/api/programmes/1', {
      ...programme,
      extraClosedDays: ['christmasEve', 'christmasEve'],
    });
    expect(saved.body.extraClosedDays).toEqual(['christmasEve']);
    expect(
      (await admin.put('/api/programmes/1', { ...saved.body, extraClosedDays: ['easter'] })).status,
    ).toBe(400);
    const after = await editor.post('/api/incidents', christmas);
    expect(after.body.responseDeadline).toBe('2025-12-30T22:59:59.999Z');
    await admin.put('/api/programmes/1', { ...saved.body, extraClosedDays: [] });
  });

  it('tells the form the deadline a save would give, before saving (GET /api/deadline)', async () => {
    const q = (params: Record<string, string>) => editor.get(`/api/deadline?${new URLSearchParams(params)}`);
    const yellow = await q({
      programmeId: '1',
      level: 'yellow',
      occurredAt: incident.occurredAt,
      levelSetAt: incident.levelSetAt,
    });
    expect(yellow.status).toBe(200);
    expect(yellow.body.responseDeadline).toBe('2025-04-10T21:59:59.999Z');
    const saved = await editor.post('/api/incidents', incident);
    expect(saved.body.responseDeadline).toBe(yellow.body.responseDeadline);
    expect(
      (await q({ programmeId: '1', level: 'green', occurredAt: incident.occurredAt })).body.responseDeadline,
    ).toBeNull();
    expect((await q({ programmeId: '1', level: 'purple', occurredAt: incident.occurredAt })).status).toBe(
      400,
    );
    expect((await server.anonymous().get('/api/deadline?programmeId=1&level=red')).status).toBe(401);
  });

  it('defaults levelSetAt to the time of registration', async () => {
    now = new Date('2025-04-07T12:00:00Z');
    const { levelSetAt: _omit, ...withoutLevelSetAt } = incident;
    const res = await editor.post('/api/incidents', { ...withoutLevelSetAt, level: 'red' });
    expect(res.body.levelSetAt).toBe('2025-04-07T12:00:00.000Z');
    expect(res.body.responseDeadline).toBe('2025-04-08T12:00:00.000Z');
  });
});
