import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/clock';
import { kpiFixture } from '../support/kpiFixture';
import { Client, startServer, type TestServer } from '../support/server';
import { startSmtp, type Received, type TestSmtp } from '../support/smtp';

// The reporting round's reminders on a clock the test moves, the timer running every 50 ms.
// The round is due Friday 25 December 2026 (juledag; the 26th is a holiday too), which counts as
// Monday 28: reminders go 3 days before, on the 25th at 08.00, and on the 29th at 08.00 (07.00 UTC).
let offset = 0;
const started = Date.now();
const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - started) + offset);
const moveTo = (iso: string) => (offset += Date.parse(iso) - clock().getTime());

let server: TestServer;
let smtp: TestSmtp;
const ids: Record<string, number> = {};

const notifications = () => server.readDb().notifications as Record<string, any>[];
const reminders = () =>
  notifications().filter((n) => ['reportingReminder', 'reportingLate', 'reportingLateList'].includes(n.kind));
/** Lets the timer run several times at the clock's moment, then says how many mails arrived. */
const afterTicks = async () => {
  await new Promise((r) => setTimeout(r, 600));
  return smtp.received.length;
};
const to = (mails: Received[]) => mails.flatMap((m) => m.to).sort();

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ seed: kpiFixture, clock, mail: { smtpUrl: smtp.url, timerMs: 50 } });
  const [editor, admin] = await Promise.all([server.as('editor'), server.as('admin')]);
  // The programme's administrator, with an e-mail: the late list goes to them.
  const pa = await admin.post('/api/users', {
    username: 'sekretariat',
    fullName: 'Sara Sekretariat',
    email: 'sara@viborg.example.dk',
    role: 'programmeAdmin',
    memberships: [{ programmeId: 1, role: 'programmeAdmin' }],
    password: 'Et langt kodeord til testen 2026',
  });
  expect(pa.status, JSON.stringify(pa.body)).toBe(201);
  for (const [key, body] of Object.entries({
    A: { organisation: 'Boligselskabet A', email: 'a@example.dk', areaIds: [1] },
    B: { organisation: 'Boligselskabet B', email: 'b@example.dk', areaIds: [2] },
  })) {
    const res = await editor.post('/api/reporters', {
      programmeId: 1,
      organisation: body.organisation,
      contacts: [{ name: `Kontakt ${key}`, email: body.email }],
      assignments: [{ indicatorId: 1, areaIds: body.areaIds }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[key] = res.body.id;
  }
  const round = await editor.post('/api/reportingRounds', {
    programmeId: 1,
    year: 2026,
    opensOn: '2026-11-23',
    dueOn: '2026-12-25',
    graceDays: 0,
    remindDaysBefore: 3,
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  ids.round = round.body.id;
  expect((await editor.post(`/api/reportingRounds/${ids.round}/open`, {})).status).toBe(200);
  const links = await smtp.waitFor(2);
  const tokenA = /\/indberet\/([A-Za-z0-9_-]+)/.exec(
    links.find((m) => m.to[0] === 'a@example.dk')!.mail.text!,
  )![1];
  // A submits in time; B never does.
  const a = new Client(server.url, '127.0.0.31');
  const sent = await a.post(`/api/indberetning/${tokenA}/submit`, {
    items: [{ indicatorId: 1, areaId: 1, value: '27' }],
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  await smtp.waitFor(3); // A's receipt
});

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('reporting round reminders', () => {
  it('sends nothing at the moments an unmoved due date would have given', async () => {
    moveTo('2026-12-22T07:01:00Z');
    expect(await afterTicks()).toBe(3);
    moveTo('2026-12-25T06:58:00Z');
    expect(await afterTicks()).toBe(3);
    expect(reminders()).toEqual([]);
  });

  it('reminds the reporter who has not submitted 3 days before the moved due date at 08.00, once', async () => {
    moveTo('2026-12-25T07:00:30Z');
    const reminder = (await smtp.waitFor(4))[3]!;
    expect(reminder.to).toEqual(['b@example.dk']);
    expect(reminder.mail.subject).toBe(
      'Påmindelse: indberetning af Helhedsplan Viborg Østs tal for 2026 senest 28-12-2026',
    );
    expect(reminder.mail.text).toContain('Boligselskabet B har endnu ikke sendt sine tal');
    expect(reminder.mail.text).toMatch(new RegExp(`${server.url}/indberet/[A-Za-z0-9_-]{32}`));
    expect(reminder.mail.text).not.toContain('Boligselskabet A');
    // The timer runs on; an unmoved due date's day after (the 26th, a holiday) gives nothing either.
    moveTo('2026-12-26T07:01:00Z');
    expect(await afterTicks()).toBe(4);
  });

  it('on the day after the moved due date at 08.00: the late reporter and the programme’s administrators, once each', async () => {
    moveTo('2026-12-29T06:58:00Z');
    expect(await afterTicks()).toBe(4);
    moveTo('2026-12-29T07:00:30Z');
    const late = (await smtp.waitFor(6)).slice(4);
    expect(to(late)).toEqual(['b@example.dk', 'sara@viborg.example.dk']);
    const toB = late.find((m) => m.to[0] === 'b@example.dk')!;
    expect(toB.mail.subject).toBe(
      'Fristen er overskredet: indberetning af Helhedsplan Viborg Østs tal for 2026',
    );
    expect(toB.mail.text).toContain('/indberet/');
    const list = late.find((m) => m.to[0] === 'sara@viborg.example.dk')!;
    expect(list.mail.subject).toBe('Manglende indberetninger: Helhedsplan Viborg Østs tal for 2026');
    expect(list.mail.text).toContain('Boligselskabet B');
    expect(list.mail.text).not.toContain('Boligselskabet A');
    expect(list.mail.text).not.toContain('/indberet/');
    // The timer keeps running, a day and a week on: nothing again.
    moveTo('2026-12-30T09:00:00Z');
    expect(await afterTicks()).toBe(6);
    moveTo('2027-01-05T09:00:00Z');
    expect(await afterTicks()).toBe(6);
  });

  it('keeps one record per reminder, none for the reporter who submitted', () => {
    const byKind = reminders()
      .map((n) => `${n.kind}:${n.to}`)
      .sort();
    expect(byKind).toEqual([
      'reportingLate:b@example.dk',
      'reportingLateList:sara@viborg.example.dk',
      'reportingReminder:b@example.dk',
    ]);
    expect(reminders().every((n) => n.status === 'sent')).toBe(true);
    expect(
      notifications()
        .filter((n) => n.reporterId === ids.A)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['reportingLink', 'reportingReceipt']);
  });
});
