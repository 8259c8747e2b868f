import ExcelJS from 'exceljs';
import ical from 'node-ical';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copenhagenText } from '../../src/domain/localTime';
import { DESCRIPTION, GROUP_2, callInFixture, vangdalen } from '../support/callInFixture';
import { TEST_NOW } from '../support/clock';
import { startServer, type Client, type TestServer } from '../support/server';
import { startSmtp, type Received, type TestSmtp } from '../support/smtp';

// The call-in end to end: the server's outbox sends through a real SMTP server started
// here, on a clock the tests move.

let smtp: TestSmtp;
let server: TestServer;
let editor: Client;
let offset = 0;
const started = Date.now();
const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - started) + offset);
const advance = (ms: number) => (offset += ms);

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refusing = false;
  offset = 0;
  server = await startServer({
    seed: callInFixture,
    clock,
    mail: { smtpUrl: smtp.url, from: 'Beredskab Randers <beredskab@randers.example.dk>' },
  });
  editor = await server.as('editor');
});
afterEach(() => server.close());

const recipients = (mails: Received[]) => mails.flatMap((m) => m.to).sort();
// The mails: a red call-in is texted too (test/server/escalation.test.ts), kept unsent here without a gateway.
const notifications = () =>
  (server.readDb().notifications as Record<string, any>[]).filter((n) => (n.channel ?? 'mail') === 'mail');
const linkIn = (mail: Received, text: string) =>
  new RegExp(`${text}: (\\S+)`).exec(mail.mail.text ?? '')?.[1] ?? '';

/** Waits (bounded) until the outbox has no mail left that it will still try. */
async function settled(timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (
    notifications().some(
      (n) =>
        n.status === 'unsent' ||
        (n.status === 'failed' && n.nextAttemptAt && Date.parse(n.nextAttemptAt) <= clock().getTime()),
    )
  ) {
    if (Date.now() > until) throw new Error(`outbox not settled: ${JSON.stringify(notifications())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('calling in the response group', () => {
  it('mails group 2 of the programme when a yellow incident with a police case is saved: Danish, deadline in local time, no confidential text', async () => {
    const res = await editor.post('/api/incidents', vangdalen());
    expect(res.status).toBe(201);
    const mails = await smtp.waitFor(3);
    await settled();
    expect(recipients(mails)).toEqual(GROUP_2);
    const mette = mails.find((m) => m.to[0] === 'mette.lund@example.dk')!;
    expect(mette.mail.subject).toBe('Beredskab aktiveret: gult niveau i Vangdalen');
    expect(mette.mail.from?.value).toEqual([
      { name: 'Beredskab Randers', address: 'beredskab@randers.example.dk' },
    ]);
    const text = mette.mail.text!;
    expect(text).toContain('Kære Mette Lund');
    expect(text).toContain('Responsgruppe: 2 (med politisag)');
    expect(text).toContain('Kategori: Hærværk');
    expect(text).toContain(`Mødefrist: ${copenhagenText(res.body.responseDeadline)}`);
    expect(text).toContain(`Tidspunkt: 23. november 2026 kl. 10.00`);
    expect(text).toContain(`${server.url}/#/incidents/${res.body.id}/show`);
    expect(linkIn(mette, 'Jeg kan deltage')).toMatch(
      new RegExp(`^${server.url}/svar/[A-Za-z0-9_-]{32}\\?svar=ja$`),
    );
    expect(linkIn(mette, 'Jeg kan ikke deltage')).toMatch(/\?svar=nej$/);
    expect(mette.mail.html).toContain('<a href=');
    for (const m of mails) {
      expect(m.raw).not.toContain('FORTROLIGT');
      expect(m.raw).not.toContain('opgang C');
      expect(m.raw).not.toContain('navngivet beboer');
    }
    // Each call has its own link.
    expect(new Set(mails.map((m) => linkIn(m, 'Jeg kan deltage'))).size).toBe(3);
    expect(notifications().map((n) => [n.to, n.kind, n.status, n.attempts])).toEqual(
      expect.arrayContaining(GROUP_2.map((to) => [to, 'activation', 'sent', 1])),
    );
    // Only the token's hash is kept.
    const token = /\/svar\/([^?]+)/.exec(linkIn(mette, 'Jeg kan deltage'))![1]!;
    expect(JSON.stringify(server.readDb())).not.toContain(token);
  });

  it('calls again when raised to red, not on another save; a green incident or a drill calls no one unless "Send alligevel"', async () => {
    const created = await editor.post('/api/incidents', vangdalen());
    await smtp.waitFor(3);
    const saved = await editor.put(`/api/incidents/${created.body.id}`, {
      ...created.body,
      involvedCount: 7,
    });
    expect(saved.status).toBe(200);
    const red = await editor.put(`/api/incidents/${created.body.id}`, { ...saved.body, level: 'red' });
    expect(red.status).toBe(200);
    await smtp.waitFor(6);
    await settled();
    expect(smtp.received.slice(3).map((m) => m.mail.subject)).toEqual(
      Array(3).fill('Beredskab aktiveret: rødt niveau i Vangdalen'),
    );

    const green = await editor.post('/api/incidents', vangdalen({ level: 'green' }));
    const drill = await editor.post('/api/incidents', vangdalen({ exercise: true }));
    expect([green.status, drill.status]).toEqual([201, 201]);
    await settled();
    expect(notifications().filter((n) => [green.body.id, drill.body.id].includes(n.incidentId))).toEqual([]);
    const practised = await editor.post('/api/incidents', vangdalen({ exercise: true, callInAnyway: true }));
    expect(practised.body).not.toHaveProperty('callInAnyway');
    const mails = await smtp.waitFor(9);
    expect(mails.slice(6).map((m) => m.mail.subject)).toEqual(
      Array(3).fill('Beredskab aktiveret: gult niveau i Vangdalen (øvelse)'),
    );
    // Group 1 without a police case: Lars and Anne and Sara, not Mette.
    await editor.post('/api/incidents', vangdalen({ policeCase: false }));
    expect(recipients((await smtp.waitFor(12)).slice(9))).toEqual([
      'anne.berg@randers.example.dk',
      'lars.dahl@randers.example.dk',
      'sara.holm@example.dk',
    ]);
  });

  it('writes the mails in the same commit as the incident: they are there when the answer comes', async () => {
    smtp.refusing = true; // nothing leaves, so what is stored is what the commit wrote
    const res = await editor.post('/api/incidents', vangdalen());
    const queued = notifications().filter((n) => n.incidentId === res.body.id);
    expect(queued.map((n) => n.to).sort()).toEqual(GROUP_2);
    expect(queued.every((n) => n.createdAt === queued[0]!.createdAt)).toBe(true);
  });

  it('sends a calendar invitation when the meeting is planned, and updates the same entry when it moves', async () => {
    const res = await editor.post('/api/incidents', vangdalen());
    await smtp.waitFor(3);
    const planned = await editor.put(`/api/incidents/${res.body.id}`, {
      ...res.body,
      meetingPlannedAt: '2026-11-24T13:00:00.000Z',
    });
    expect(planned.status).toBe(200);
    const invitations = (await smtp.waitFor(6)).slice(3);
    expect(recipients(invitations)).toEqual(GROUP_2);
    const first = invitations.find((m) => m.to[0] === 'sara.holm@example.dk')!;
    expect(first.mail.subject).toBe('Indkaldelse til beredskabsmøde 24. november 2026 kl. 14.00: Vangdalen');
    expect(first.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const ics = icsOf(first);
    expect(ics.method).toBe('REQUEST');
    // Random per incident and install: two installs never share an entry.
    expect(ics.event.uid).toMatch(new RegExp(`^incident-${res.body.id}-[0-9a-f-]{36}$`));
    expect(ics.event.start.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(Number(ics.event.sequence)).toBe(0);

    await editor.put(`/api/incidents/${res.body.id}`, {
      ...planned.body,
      meetingPlannedAt: '2026-11-25T08:30:00.000Z',
    });
    const moved = (await smtp.waitFor(9)).slice(6);
    const again = icsOf(moved.find((m) => m.to[0] === 'sara.holm@example.dk')!);
    expect(again.event.uid).toBe(ics.event.uid);
    expect(Number(again.event.sequence)).toBe(1);
    expect(again.event.start.toISOString()).toBe('2026-11-25T08:30:00.000Z');
    for (const m of [...invitations, ...moved]) expect(m.raw).not.toContain('FORTROLIGT');
  });
});

/** The invitation's text/calendar part, parsed. */
function icsOf(m: Received) {
  const part = m.mail.attachments.find((a) => a.contentType === 'text/calendar');
  const text = part ? part.content.toString('utf8') : /BEGIN:VCALENDAR[\s\S]*END:VCALENDAR/.exec(m.raw)![0];
  const parsed = ical.sync.parseICS(text);
  const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as ical.VEvent;
  const method = /^METHOD:(\S+)/m.exec(text)?.[1];
  return { method, event };
}

describe('replies through the link, without login', () => {
  async function called() {
    const res = await editor.post('/api/incidents', vangdalen());
    const mails = await smtp.waitFor(3);
    await settled();
    const mette = mails.find((m) => m.to[0] === 'mette.lund@example.dk')!;
    return {
      incident: res.body,
      yes: linkIn(mette, 'Jeg kan deltage'),
      no: linkIn(mette, 'Jeg kan ikke deltage'),
    };
  }
  const reply = (link: string, svar: string) =>
    fetch(link.split('?')[0]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `svar=${svar}`,
    });
  const metteNotification = () => notifications().find((n) => n.to === 'mette.lund@example.dk')!;

  it('asks to confirm, records yes, then no, and says thank you; nothing else is shown', async () => {
    const { yes } = await called();
    const page = await fetch(yes);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Kan du deltage i beredskabsmødet?');
    expect(html).toContain('gult niveau i Vangdalen');
    expect(html).not.toContain('FORTROLIGT');
    expect(html).not.toContain(DESCRIPTION);
    // Opening the link (as a mail scanner does) answers nothing.
    expect(metteNotification().reply).toBeNull();
    const thanks = await reply(yes, 'ja');
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain('Tak for dit svar');
    expect(metteNotification()).toMatchObject({ reply: 'yes' });
    expect(metteNotification().repliedAt).not.toBeNull();
    await reply(yes, 'nej');
    expect(metteNotification().reply).toBe('no');
    const list = await editor.get(
      `/api/notifications?filter=${encodeURIComponent(JSON.stringify({ incidentId: metteNotification().incidentId }))}`,
    );
    expect(list.body.find((n: any) => n.to === 'mette.lund@example.dk')).toMatchObject({ reply: 'no' });
    expect(list.body[0]).not.toHaveProperty('replyTokenHash');
  });

  it('answers 404 for a wrong token, an expired one and after the meeting, and the token opens nothing else', async () => {
    const { yes, incident } = await called();
    const base = yes.split('/svar/')[0]!;
    const token = /\/svar\/([^?]+)/.exec(yes)![1]!;
    // One character changed (never to itself: a random token ends in x one time in 64).
    const wrong = token.slice(0, -1) + (token.endsWith('x') ? 'y' : 'x');
    expect((await fetch(`${base}/svar/${wrong}?svar=ja`)).status).toBe(404);
    expect((await reply(`${base}/svar/nonsense`, 'ja')).status).toBe(404);
    for (const path of [
      `/api/incidents/${incident.id}`,
      `/api/notifications`,
      `/api/incidents?token=${token}`,
    ])
      expect(
        (
          await fetch(`${base}${path}`, {
            headers: { authorization: `Bearer ${token}`, cookie: `beredskab.sid=${token}` },
          })
        ).status,
      ).toBe(401);
    expect((await reply(yes, 'kanske')).status).toBe(400);
    advance(8 * 24 * 3_600_000);
    expect((await fetch(yes)).status).toBe(404);
    expect((await reply(yes, 'ja')).status).toBe(404);
    advance(-8 * 24 * 3_600_000);
    expect((await reply(yes, 'ja')).status).toBe(200);
    await editor.put(`/api/incidents/${incident.id}`, { ...incident, meetingHeldAt: clock().toISOString() });
    advance(60_000);
    expect((await reply(yes, 'nej')).status).toBe(404);
    expect(metteNotification().reply).toBe('yes');
  });
});

describe('an outbox that loses nothing', () => {
  it('retries a refusing mail server after 1, 5, 15 and 60 minutes, keeps the error visible, and sends each mail once', async () => {
    smtp.refusing = true;
    await editor.post('/api/incidents', vangdalen());
    const waitFor = async (attempts: number) => {
      const until = Date.now() + 10_000;
      while (!notifications().every((n) => n.attempts === attempts && n.claimedUntil === null)) {
        if (Date.now() > until) throw new Error(JSON.stringify(notifications()));
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    await waitFor(1);
    const failed = notifications()[0]!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('451');
    expect(Date.parse(failed.nextAttemptAt) - Date.parse(failed.createdAt)).toBeGreaterThanOrEqual(60_000);
    const staff = await editor.get('/api/notifications');
    expect(staff.body.map((n: any) => n.status)).toEqual(['failed', 'failed', 'failed']);
    for (const [minutes, attempts] of [
      [1, 2],
      [5, 3],
      [15, 4],
    ] as const) {
      advance(minutes * 60_000);
      await waitFor(attempts);
    }
    smtp.refusing = false;
    advance(60 * 60_000);
    await smtp.waitFor(3);
    await settled();
    // Nothing more comes: each mail was sent once.
    await new Promise((r) => setTimeout(r, 300));
    expect(recipients(smtp.received)).toEqual(GROUP_2);
    expect(notifications().map((n) => [n.status, n.attempts, n.lastError])).toEqual(
      Array(3).fill(['sent', 5, null]),
    );
  });

  it('gives up after 5 attempts and keeps the mail failed until "Send igen"', async () => {
    smtp.refusing = true;
    // Yellow: a red call-in unanswered for hours escalates to the administrators (test/server/escalation.test.ts).
    await editor.post('/api/incidents', vangdalen({ policeCase: false, level: 'yellow' }));
    // Each hour's attempts finish before the clock moves on: an attempt made after the next
    // move would count its backoff from there, and a loaded machine would run out of turns.
    await settled();
    for (let i = 0; i < 8 && !notifications().every((n) => n.attempts === 5); i++) {
      advance(61 * 60_000);
      await settled();
    }
    expect(notifications().map((n) => [n.status, n.attempts, n.nextAttemptAt])).toEqual(
      Array(3).fill(['failed', 5, null]),
    );
    smtp.refusing = false;
    advance(24 * 3_600_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toEqual([]);
    const one = notifications()[0]!;
    expect((await (await server.as('board')).post(`/api/notifications/${one.id}/retry`, {})).status).toBe(
      403,
    );
    const again = await editor.post(`/api/notifications/${one.id}/retry`, {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'unsent', attempts: 0 });
    expect((await smtp.waitFor(1)).map((m) => m.to[0])).toEqual([one.to]);
    expect((await editor.post(`/api/notifications/${one.id}/retry`, {})).status).toBe(409);
    const audit = (await (await server.as('admin')).get('/api/auditLog')).body as any[];
    expect(
      audit.some((e) => e.resource === 'notifications' && e.recordId === one.id && e.username === 'editor'),
    ).toBe(true);
  });

  it('reminds the conveners 4 hours before the deadline and tells them and the admins when it passed, once each', async () => {
    await server.close();
    server = await startServer({ seed: callInFixture, clock, mail: { smtpUrl: smtp.url, timerMs: 50 } });
    editor = await server.as('editor');
    const res = await editor.post('/api/incidents', vangdalen());
    await smtp.waitFor(3);
    const deadline = Date.parse(res.body.responseDeadline);
    advance(deadline - 4 * 3_600_000 + 60_000 - clock().getTime());
    const reminder = (await smtp.waitFor(4))[3]!;
    expect(reminder.to).toEqual(['anne.berg@randers.example.dk']);
    expect(reminder.mail.subject).toBe(
      `Påmindelse: mødefristen i Vangdalen udløber ${copenhagenText(res.body.responseDeadline)}`,
    );
    advance(4 * 3_600_000);
    const overdue = (await smtp.waitFor(6)).slice(4);
    expect(recipients(overdue)).toEqual(['admin@randers.example.dk', 'anne.berg@randers.example.dk']);
    expect(overdue[0]!.mail.subject).toBe('Frist overskredet: intet beredskabsmøde om hændelsen i Vangdalen');
    advance(3_600_000);
    await new Promise((r) => setTimeout(r, 400));
    expect(smtp.received).toHaveLength(6);
    expect(notifications().filter((n) => n.kind === 'reminder' || n.kind === 'overdue')).toHaveLength(3);
  });

  it('keeps mails unsent without SMTP_URL and says so; the board reads none of it', async () => {
    await server.close();
    server = await startServer({ seed: callInFixture, clock });
    editor = await server.as('editor');
    await editor.post('/api/incidents', vangdalen());
    await new Promise((r) => setTimeout(r, 200));
    expect(notifications().map((n) => n.status)).toEqual(['unsent', 'unsent', 'unsent']);
    expect((await editor.get('/api/mail/status')).body).toEqual({ configured: false, smsConfigured: false });
    const board = await server.as('board');
    expect((await board.get('/api/notifications')).status).toBe(403);
    expect((await board.get('/api/mail/status')).status).toBe(403);
    expect((await editor.post('/api/notifications', { to: 'x@example.dk' })).status).toBe(403);
  });
});

describe('the activation steps', () => {
  it('keeps both of two steps ticked at the same moment by two users', async () => {
    const res = await editor.post('/api/incidents', vangdalen());
    const admin = await server.as('admin');
    const steps = ['Situationen bekræftet i gruppen', 'Situationsbillede dannet'];
    const replies = await Promise.all([
      editor.post(`/api/incidents/${res.body.id}/steps`, { step: steps[0], done: true }),
      admin.post(`/api/incidents/${res.body.id}/steps`, { step: steps[1], done: true }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const stored = server.readDb().incidents.find((i: { id: number }) => i.id === res.body.id);
    expect(
      stored.activationChecklist.map((c: { step: string; doneBy: string }) => [c.step, c.doneBy]).sort(),
    ).toEqual([
      [steps[0], 'editor'],
      [steps[1], 'admin'],
    ]);
  });

  it('ticks a step with who and when, audited, and the board briefing mails a summary without confidential text', async () => {
    const res = await editor.post('/api/incidents', vangdalen());
    await smtp.waitFor(3);
    const ticked = await editor.post(`/api/incidents/${res.body.id}/steps`, {
      step: 'Situationen bekræftet i gruppen',
      done: true,
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.activationChecklist).toEqual([
      { step: 'Situationen bekræftet i gruppen', doneAt: expect.any(String), doneBy: 'editor' },
    ]);
    expect(
      (await editor.post(`/api/incidents/${res.body.id}/steps`, { step: 'Kaffe', done: true })).status,
    ).toBe(400);
    expect(
      (
        await (
          await server.as('board')
        ).post(`/api/incidents/${res.body.id}/steps`, {
          step: 'Situationen bekræftet i gruppen',
          done: false,
        })
      ).status,
    ).toBe(403);
    // A later save of the incident keeps the checklist.
    const saved = await editor.put(`/api/incidents/${res.body.id}`, {
      ...ticked.body,
      involvedCount: 4,
      activationChecklist: [],
    });
    expect(saved.body.activationChecklist).toHaveLength(1);
    const audit = (await (await server.as('admin')).get('/api/auditLog')).body as any[];
    expect(
      audit.find(
        (e) => e.resource === 'incidents' && e.recordId === res.body.id && e.changes?.activationChecklist,
      ),
    ).toBeDefined();

    await editor.post(`/api/incidents/${res.body.id}/steps`, { step: 'Bestyrelsen orienteret', done: true });
    const briefing = await editor.post(`/api/incidents/${res.body.id}/board-briefing`, {});
    expect(briefing.status).toBe(201);
    const mail = (await smtp.waitFor(4))[3]!;
    expect(mail.to).toEqual(['bestyrelsen@randers.example.dk']);
    expect(mail.mail.subject).toBe('Orientering fra beredskabet: gult niveau i Vangdalen');
    expect(mail.mail.text).toContain('Aktiveringstrin gennemført: 2 af 4');
    expect(mail.mail.text).not.toContain('Jeg kan deltage');
    expect(mail.raw).not.toContain('FORTROLIGT');
    expect(mail.raw).not.toContain(DESCRIPTION);
    // The workbook's incident sheet counts the steps.
    const workbook = await fetch(`${server.url}/api/exports/status-report.xlsx?programmeId=2&year=2026`, {
      headers: { cookie: editor.cookie },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await workbook.arrayBuffer());
    const sheet = book.getWorksheet('Hændelser')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Aktiveringstrin');
    const row = sheet.getColumn(2).values.indexOf('Vangdalen');
    expect(sheet.getRow(row).getCell(column).value).toBe('trin gennemført 2 af 4');
    const viborg = await editor.post('/api/incidents', vangdalen({ programmeId: 1, areaId: 1 }));
    expect((await editor.post(`/api/incidents/${viborg.body.id}/board-briefing`, {})).status).toBe(400);
  });
});
