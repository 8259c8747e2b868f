import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callInFixture, GROUP_2, vangdalen } from '../support/callInFixture';
import { TEST_NOW } from '../support/clock';
import { startServer, type Client, type TestServer } from '../support/server';
import { startSmtp, type Received, type TestSmtp } from '../support/smtp';

// The meeting in the invitees' calendars, end to end: the outbox sends through a real SMTP
// server started here, and every calendar part is read with ical.js, an independent parser.

/** A name with every character that needs care in an iCalendar parameter. */
const TRICKY = 'Sara "Sasser" Holm; Boligselskabet: Vest, afd. 3';

const seed = {
  ...callInFixture,
  participants: callInFixture.participants.map((p) => (p.name === 'Sara Holm' ? { ...p, name: TRICKY } : p)),
};

let smtp: TestSmtp;
let server: TestServer;
let editor: Client;
const started = Date.now();
const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - started));

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.received.length = 0;
  server = await startServer({ seed, clock, mail: { smtpUrl: smtp.url } });
  editor = await server.as('editor');
});
afterEach(() => server.close());

interface Calendar {
  /** The calendar part exactly as it came, after the transfer encoding. */
  text: string;
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  attendee: { address: string; name: string; rsvp: string };
}

/** The mail's text/calendar part, read with ical.js. */
function calendarOf(m: Received): Calendar {
  const parts = m.mail.attachments.filter((a) => a.contentType === 'text/calendar');
  expect(parts.length, m.mail.subject).toBeGreaterThan(0);
  const text = parts[0]!.content.toString('utf8');
  const root = new ICAL.Component(ICAL.parse(text));
  const event = root.getFirstSubcomponent('vevent')!;
  const attendee = event.getFirstProperty('attendee')!;
  return {
    text,
    method: String(root.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: (event.getFirstPropertyValue('status') as string | null) ?? null,
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    attendee: {
      address: String(attendee.getFirstValue()),
      name: String(attendee.getParameter('cn')),
      rsvp: String(attendee.getParameter('rsvp')),
    },
  };
}

/** The mails that came after the first `from`, once `count` more have come. */
async function next(from: number, count: number): Promise<Received[]> {
  const mails = await smtp.waitFor(from + count);
  return mails.slice(from);
}
const to = (mails: Received[], address: string) => mails.find((m) => m.to[0] === address)!;
const recipients = (mails: Received[]) => mails.flatMap((m) => m.to).sort();

/** A yellow incident in Vangdalen: group 2 called in, three mails. */
async function calledIn() {
  const res = await editor.post('/api/incidents', vangdalen());
  expect(res.status).toBe(201);
  await smtp.waitFor(3);
  return res.body as Record<string, unknown> & { id: number };
}

async function plan(incident: Record<string, unknown> & { id: number }, fields: Record<string, unknown>) {
  const current = await editor.get(`/api/incidents/${incident.id}`);
  const res = await editor.put(`/api/incidents/${incident.id}`, { ...current.body, ...fields });
  expect(res.status).toBe(200);
  return res.body as Record<string, unknown> & { id: number };
}

const A = '2026-11-24T13:00:00.000Z';
const B = '2026-11-25T08:30:00.000Z';

describe('the meeting in the calendars', () => {
  it('sends a REQUEST for every change of time, A → B → A, with a rising SEQUENCE and one UID', async () => {
    const incident = await calledIn();
    const requests: Calendar[] = [];
    for (const [n, at] of [A, B, A].entries()) {
      await plan(incident, { meetingPlannedAt: at });
      const mails = await next(3 + 3 * n, 3);
      expect(recipients(mails)).toEqual(GROUP_2);
      const calendar = calendarOf(to(mails, 'mette.lund@example.dk'));
      expect(calendar).toMatchObject({ method: 'REQUEST', start: at });
      requests.push(calendar);
    }
    expect(requests.map((c) => c.sequence)).toEqual([0, 1, 2]);
    expect(new Set(requests.map((c) => c.uid)).size).toBe(1);
    // The third is the same time as the first, and still a mail of its own.
    expect(smtp.received).toHaveLength(12);
  });

  it('sends a CANCEL with the same UID, a higher SEQUENCE and STATUS:CANCELLED when the meeting is cleared', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    const invitation = calendarOf(to(await next(3, 3), 'mette.lund@example.dk'));
    await plan(incident, { meetingPlannedAt: null });
    const cancellations = await next(6, 3);
    expect(recipients(cancellations)).toEqual(GROUP_2);
    const mette = to(cancellations, 'mette.lund@example.dk');
    expect(mette.mail.subject).toBe('Aflyst: beredskabsmøde 24. november 2026 kl. 14.00: Vangdalen');
    expect(mette.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    expect(calendarOf(mette)).toMatchObject({
      method: 'CANCEL',
      uid: invitation.uid,
      sequence: invitation.sequence + 1,
      status: 'CANCELLED',
      start: A,
    });
    expect(mette.mail.text).not.toContain('Jeg kan deltage');
    // Planned again: a REQUEST on the same entry, later still.
    await plan(incident, { meetingPlannedAt: B });
    const again = calendarOf(to(await next(9, 3), 'mette.lund@example.dk'));
    expect(again).toMatchObject({ method: 'REQUEST', uid: invitation.uid, sequence: 2, start: B });
  });

  it('cancels the meeting when the incident is closed', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    await next(3, 3);
    await plan(incident, { status: 'closed' });
    const cancellations = await next(6, 3);
    expect(recipients(cancellations)).toEqual(GROUP_2);
    expect(cancellations.map((m) => calendarOf(m).method)).toEqual(['CANCEL', 'CANCEL', 'CANCEL']);
    expect(cancellations.map((m) => calendarOf(m).status)).toEqual(Array(3).fill('CANCELLED'));
    // Deleting is no way around it: an incident with mails cannot be deleted.
    expect((await (await server.as('admin')).delete(`/api/incidents/${incident.id}`)).status).toBe(409);
  });

  it('cancels it for one who is no longer called, and no one else hears of it', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    await next(3, 3);
    // Without the police case group 1 is called: Mette is in group 2 only.
    await plan(incident, { policeCase: false });
    const [cancellation] = await next(6, 1);
    expect(cancellation!.to).toEqual(['mette.lund@example.dk']);
    expect(calendarOf(cancellation!)).toMatchObject({ method: 'CANCEL', sequence: 1, status: 'CANCELLED' });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(7);
  });

  it('cancels it for a participant taken out of the response group or deleted, and invites one put back', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    await next(3, 3);
    const admin = await server.as('admin');
    const mette = (await admin.get('/api/participants/1')).body;
    expect(mette.name).toBe('Mette Lund');
    expect((await admin.put('/api/participants/1', { ...mette, responseGroups: [1] })).status).toBe(200);
    const [out] = await next(6, 1);
    expect(out!.to).toEqual(['mette.lund@example.dk']);
    expect(calendarOf(out!)).toMatchObject({ method: 'CANCEL', sequence: 1, status: 'CANCELLED', start: A });
    const back = await admin.put('/api/participants/1', { ...mette, version: mette.version + 1 });
    expect(back.status).toBe(200);
    const [again] = await next(7, 1);
    expect(again!.to).toEqual(['mette.lund@example.dk']);
    expect(calendarOf(again!)).toMatchObject({ method: 'REQUEST', sequence: 2, start: A });
    const anne = (await admin.get('/api/participants/4')).body;
    expect(anne.name).toBe('Anne Berg');
    expect((await admin.delete('/api/participants/4')).status).toBe(200);
    const [gone] = await next(8, 1);
    expect(gone!.to).toEqual(['anne.berg@randers.example.dk']);
    expect(calendarOf(gone!)).toMatchObject({ method: 'CANCEL', sequence: 3, status: 'CANCELLED' });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(9);
  });

  it('asks for no calendar reply, points to the reply links, keeps names with " ; : , whole and ends with CRLF', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    const mails = await next(3, 3);
    for (const m of mails) {
      const calendar = calendarOf(m);
      expect(calendar.attendee.rsvp).toBe('FALSE');
      expect(calendar.attendee.address.toLowerCase()).toBe(`mailto:${m.to[0]}`);
      expect(calendar.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      // Every line ends with CRLF: no bare LF anywhere.
      expect(calendar.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(m.mail.text).toContain('Svar venligst med et af linkene herunder');
      expect(m.mail.text).toMatch(/Jeg kan deltage: \S+\/svar\//);
    }
    const sara = calendarOf(to(mails, 'sara.holm@example.dk'));
    expect(sara.attendee.name).toBe(TRICKY);
    // RFC 6868 within the quotes, not the backslash RFC 5545 has no place for.
    expect(sara.text.replace(/\r\n /g, '')).toContain(
      `CN="Sara ^'Sasser^' Holm; Boligselskabet: Vest, afd. 3"`,
    );
  });

  it('gives another install’s incident with the same number another UID', async () => {
    const incident = await calledIn();
    await plan(incident, { meetingPlannedAt: A });
    const here = calendarOf((await next(3, 3))[0]!).uid;
    const other = await startServer({ seed, clock, mail: { smtpUrl: smtp.url } });
    try {
      const otherEditor = await other.as('editor');
      const created = await otherEditor.post('/api/incidents', vangdalen());
      expect(created.body.id).toBe(incident.id);
      await smtp.waitFor(9);
      await otherEditor.put(`/api/incidents/${incident.id}`, { ...created.body, meetingPlannedAt: A });
      const there = calendarOf((await next(9, 3))[0]!).uid;
      expect(there).not.toBe(here);
    } finally {
      await other.close();
    }
  });
});
