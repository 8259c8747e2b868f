import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smsSize } from '../../src/domain/smsSegments';
import {
  DEPUTIES_SMS,
  DESCRIPTION,
  GROUP_SMS,
  SECRET,
  escalationFixture,
  vangdalen,
} from '../support/callInFixture';
import { startServer, type Client, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';
import {
  signReport,
  startSmsGateway,
  startTeamsWebhook,
  type FakeGateway,
  type FakeTeams,
} from '../support/smsGateway';

// Red means now: the group by SMS and mail, then the deputies, then the administrators, each
// step once on the server's clock; through a fake GatewayAPI and a fake Teams webhook.

const FRIDAY_EVENING = new Date('2026-11-27T21:00:00.000Z'); // 22.00 in Copenhagen
const CALLBACK_SECRET = 'gwapi-callback-secret';

let smtp: TestSmtp;
let gateway: FakeGateway;
let teams: FakeTeams;
let server: TestServer;
let editor: Client;
let offset = 0;
let started = Date.now();
const clock = () => new Date(FRIDAY_EVENING.getTime() + (Date.now() - started) + offset);
const advance = (minutes: number) => (offset += minutes * 60_000);

beforeAll(async () => {
  [smtp, gateway, teams] = await Promise.all([startSmtp(), startSmsGateway(), startTeamsWebhook()]);
});
afterAll(() => Promise.all([smtp.close(), gateway.close(), teams.close()]));
beforeEach(async () => {
  smtp.received.length = 0;
  gateway.received.length = 0;
  gateway.failWith = null;
  teams.cards.length = 0;
  offset = 0;
  started = Date.now();
  server = await startServer({
    seed: escalationFixture(teams.url),
    clock,
    mail: {
      smtpUrl: smtp.url,
      timerMs: 100,
      smsGatewayUrl: gateway.url,
      smsToken: gateway.token,
      smsSender: 'Beredskab',
      smsCallbackSecret: CALLBACK_SECRET,
    },
  });
  editor = await server.as('editor');
});
afterEach(() => server.close());

const notifications = () => server.readDb().notifications as Record<string, any>[];
const red = () =>
  editor.post('/api/incidents', vangdalen({ level: 'red', occurredAt: FRIDAY_EVENING.toISOString() }));

async function until(check: () => boolean, what: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}: ${JSON.stringify(notifications())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a red incident on a Friday evening', () => {
  it('texts and mails the group at once, posts a card, with nothing confidential', async () => {
    const res = await red();
    expect(res.status).toBe(201);
    const texts = await gateway.waitFor(3);
    await smtp.waitFor(3);
    await teams.waitFor(1);
    expect(texts.map((t) => t.msisdn).sort()).toEqual(GROUP_SMS);
    for (const t of texts) {
      expect(t.sender).toBe('Beredskab');
      expect(t.authorization).toBe(`Token ${gateway.token}`);
      expect(t.message).toMatch(
        /^Beredskab RØDT: Vangdalen\. Responsgruppen indkaldes\. Mødes senest 28\. november 2026 kl\. 22\.00\. Kommer du\? Svar: http:\/\/127\.0\.0\.1:\d+\/svar\/[A-Za-z0-9_-]{32}$/,
      );
      expect(smsSize(t.message)).toMatchObject({ encoding: 'gsm7' });
      expect(smsSize(t.message).segments).toBeLessThanOrEqual(2);
      expect(t.message).not.toContain(SECRET);
      expect(t.message).not.toContain(DESCRIPTION);
    }
    const card = JSON.stringify(teams.cards[0]);
    expect(card).toContain('Responsgruppen er indkaldt: rødt niveau i Vangdalen');
    expect(card).toContain(`/#/incidents/${res.body.id}/show`);
    expect(card).not.toContain(SECRET);
    expect(card).not.toContain(DESCRIPTION);
    await until(
      () =>
        notifications()
          .filter((n) => n.channel === 'sms')
          .every((n) => n.status === 'sent'),
      'sms sent',
    );
    const sms = notifications().filter((n) => n.channel === 'sms');
    expect(sms.every((n) => n.gatewayId && n.kind === 'activation')).toBe(true);
  });

  it('nobody answers: the deputies after 30 minutes, the administrators 30 later, each once; a reply link answers', async () => {
    const res = await red();
    await gateway.waitFor(3);
    await teams.waitFor(1);
    advance(29);
    await new Promise((r) => setTimeout(r, 400));
    expect(gateway.received).toHaveLength(3);
    advance(1);
    const texts = await gateway.waitFor(5);
    expect(
      texts
        .slice(3)
        .map((t) => t.msisdn)
        .sort(),
    ).toEqual(DEPUTIES_SMS);
    expect(texts.slice(3).find((t) => t.msisdn === '4522334455')!.message).toContain(
      'Du kaldes som stedfortræder for Mette Lund',
    );
    await teams.waitFor(2);
    advance(30);
    await until(() => notifications().some((n) => n.kind === 'escalation' && n.channel === 'mail'), 'admins');
    const adminMail = await smtp.waitFor(4);
    expect(adminMail.at(-1)!.to).toEqual(['admin@randers.example.dk']);
    expect(adminMail.at(-1)!.mail.subject).toBe('Ingen har svaret: rødt niveau i Vangdalen');
    await teams.waitFor(3);
    advance(60);
    await new Promise((r) => setTimeout(r, 400));
    expect(gateway.received).toHaveLength(5);
    expect(teams.cards).toHaveLength(3);

    const timeline = await editor.get(`/api/incidents/${res.body.id}/escalation`);
    expect(timeline.status).toBe(200);
    expect(timeline.body).toMatchObject({ applies: true, stopped: false, next: null });
    expect(timeline.body.steps.map((s: any) => `${s.step} ${s.channel} ${s.count}`)).toEqual([
      'group mail 3',
      'group sms 3',
      'group teams 1',
      'deputies sms 2',
      'deputies teams 1',
      'admins mail 1',
      'admins teams 1',
    ]);
    expect((await (await server.as('board')).get(`/api/incidents/${res.body.id}/escalation`)).status).toBe(
      403,
    );
  });

  it('texts the programme administrators with a number when nobody comes; a number that cannot be texted is shown on the user', async () => {
    const admin = await server.as('admin');
    const member = (username: string, phone: string) =>
      admin.post('/api/users', {
        username,
        fullName: username,
        phone,
        role: 'programmeAdmin',
        memberships: [{ programmeId: 2, role: 'programmeAdmin' }],
        password: 'Lang-nok-adgangskode-42',
      });
    const dina = await member('dina', '+45 20 30 40 50');
    expect(dina.status).toBe(201);
    expect(dina.body).toMatchObject({ phone: '+45 20 30 40 50', msisdn: '4520304050', phoneWarning: null });
    const erik = await member('erik', '1234');
    expect(erik.status).toBe(201);
    expect(erik.body).toMatchObject({ phone: '1234', msisdn: null });
    expect(erik.body.phoneWarning).toMatch(/kan ikke bruges til sms/);
    expect(
      (await admin.put(`/api/users/${erik.body.id}`, { ...erik.body, phone: 'ring til Erik' })).status,
    ).toBe(400);

    await red();
    await gateway.waitFor(3);
    advance(30);
    await gateway.waitFor(5);
    advance(30);
    const texts = await gateway.waitFor(6);
    await new Promise((r) => setTimeout(r, 400));
    expect(gateway.received).toHaveLength(6);
    const toDina = texts.at(-1)!;
    expect(toDina.msisdn).toBe('4520304050');
    expect(toDina.message).not.toContain(SECRET);
    expect(toDina.message).not.toContain(DESCRIPTION);
    const sms = notifications().find((n) => n.cause.startsWith('escalation:admins') && n.channel === 'sms');
    expect(sms).toMatchObject({ name: 'dina', to: '4520304050', participantId: null });
  });

  it('one "kommer" by SMS stops the steps for that person; planning the meeting stops all', async () => {
    const res = await red();
    const texts = await gateway.waitFor(3);
    const mette = texts.find((t) => t.msisdn === '4540112233')!;
    const link = /Svar: (\S+)/.exec(mette.message)![1]!;
    const answer = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'svar=ja',
    });
    expect(answer.status).toBe(200);
    advance(30);
    const after = await gateway.waitFor(4);
    await new Promise((r) => setTimeout(r, 400));
    // Sara's deputy only: Mette comes.
    expect(after.slice(3).map((t) => t.msisdn)).toEqual(['4522334466']);
    advance(30);
    await new Promise((r) => setTimeout(r, 400));
    // Someone comes: no administrators.
    expect(notifications().filter((n) => n.cause.startsWith('escalation:admins'))).toEqual([]);

    const other = await red();
    await gateway.waitFor(7);
    const planned = await editor.put(`/api/incidents/${other.body.id}`, {
      ...other.body,
      meetingPlannedAt: new Date(clock().getTime() + 3_600_000).toISOString(),
    });
    expect(planned.status).toBe(200);
    advance(120);
    await new Promise((r) => setTimeout(r, 500));
    expect(
      notifications().filter(
        (n) => n.incidentId === other.body.id && n.kind === 'escalation' && n.channel !== 'teams',
      ),
    ).toEqual([]);
    expect(res.status).toBe(201);
  });

  it('a gateway outage is retried with backoff and loses nothing', async () => {
    gateway.failWith = 503;
    await red();
    await until(
      () =>
        notifications()
          .filter((n) => n.channel === 'sms')
          .every((n) => n.status === 'failed' && n.attempts === 1),
      'first attempt failed',
    );
    expect(notifications().find((n) => n.channel === 'sms')!.lastError).toMatch(/503/);
    gateway.failWith = null;
    advance(1);
    const texts = await gateway.waitFor(3);
    expect(texts.map((t) => t.msisdn).sort()).toEqual(GROUP_SMS);
    await until(
      () =>
        notifications()
          .filter((n) => n.channel === 'sms')
          .every((n) => n.status === 'sent'),
      'sent',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(gateway.received).toHaveLength(3);
  });

  it('a signed delivery report marks the SMS; a failed one tells the conveners; unsigned or forged is 401', async () => {
    await red();
    const texts = await gateway.waitFor(3);
    await until(
      () =>
        notifications()
          .filter((n) => n.channel === 'sms')
          .every((n) => n.status === 'sent'),
      'sent',
    );
    const report = { id: texts[0]!.id, msisdn: Number(texts[0]!.msisdn), status: 'DELIVERED' };
    const anon = server.anonymous();
    expect((await anon.post('/api/sms/status', report)).status).toBe(401);
    expect(
      (
        await anon.request('POST', '/api/sms/status', report, {
          'X-Gwapi-Signature': await signReport(report, 'wrong'),
        })
      ).status,
    ).toBe(401);
    const forged = { ...report, status: 'UNDELIVERED' };
    expect(
      (
        await anon.request('POST', '/api/sms/status', forged, {
          'X-Gwapi-Signature': await signReport(report, CALLBACK_SECRET),
        })
      ).status,
    ).toBe(401);
    const ok = await anon.request('POST', '/api/sms/status', report, {
      'X-Gwapi-Signature': await signReport(report, CALLBACK_SECRET),
    });
    expect(ok.status).toBe(200);
    expect(notifications().find((n) => n.gatewayId === String(texts[0]!.id))!.status).toBe('delivered');

    const failed = { id: texts[1]!.id, msisdn: Number(texts[1]!.msisdn), status: 'UNDELIVERED' };
    await anon.request('POST', '/api/sms/status', failed, {
      'X-Gwapi-Signature': await signReport(failed, CALLBACK_SECRET),
    });
    expect(notifications().find((n) => n.gatewayId === String(texts[1]!.id))!.status).toBe('failed');
    const told = await smtp.waitFor(4);
    expect(told.at(-1)!.to).toEqual(['anne.berg@randers.example.dk']);
    expect(told.at(-1)!.mail.subject).toBe('Sms kunne ikke leveres: rødt niveau i Vangdalen');
  });
});

describe('quiet hours', () => {
  /** Moves the test clock to a moment in UTC. */
  const at = (iso: string) => (offset += Date.parse(iso) - clock().getTime());
  const texted = (incidentId: number, step: string) =>
    notifications()
      .filter((n) => n.incidentId === incidentId && n.channel === 'sms' && n.cause.includes(step))
      .filter((n) => n.status === 'sent')
      .map((n) => n.to)
      .sort();

  it('hold a yellow step until 07.00 in Copenhagen across the night summer time ends; red goes at once', async () => {
    const admin = await server.as('admin');
    const programme = (await admin.get('/api/programmes/2')).body;
    const quiet = {
      levels: ['yellow'],
      deputiesAfterMinutes: 30,
      adminsAfterMinutes: 30,
      quietHours: { from: '22:00', to: '07:00' },
    };
    expect((await admin.put('/api/programmes/2', { ...programme, escalation: quiet })).status).toBe(200);

    // Saturday 24 October 2026, 21.50 summer time (UTC+2); at 03.00 the clocks go back to 02.00 (UTC+1).
    at('2026-10-24T19:50:00.000Z');
    const yellow = (
      await editor.post('/api/incidents', vangdalen({ occurredAt: '2026-10-24T19:30:00.000Z' }))
    ).body;
    await until(() => texted(yellow.id, 'activation').length === 3, 'yellow call-in before the quiet hours');
    expect(texted(yellow.id, 'activation')).toEqual(GROUP_SMS);
    // 22.20 is inside the quiet hours: the deputies wait for 07.00 winter time, 06.00 UTC (a 10-hour night).
    const timeline = await editor.get(`/api/incidents/${yellow.id}/escalation`);
    expect(timeline.body.next).toEqual({ step: 'deputies', at: '2026-10-25T06:00:00.000Z' });

    at('2026-10-24T20:30:00.000Z'); // 22.30: red ignores the quiet hours
    const red = (
      await editor.post('/api/incidents', vangdalen({ level: 'red', occurredAt: '2026-10-24T20:15:00.000Z' }))
    ).body;
    await until(() => texted(red.id, 'activation').length === 3, 'red call-in in the quiet hours');
    advance(31);
    await until(() => texted(red.id, 'escalation:deputies').length === 2, 'red deputies at 23.01');
    expect(texted(red.id, 'escalation:deputies')).toEqual(DEPUTIES_SMS);
    expect(texted(yellow.id, 'escalation')).toEqual([]);

    // 06.30 winter time — 07.30 had the clocks not gone back: still quiet.
    at('2026-10-25T05:30:00.000Z');
    await new Promise((r) => setTimeout(r, 400));
    expect(notifications().filter((n) => n.incidentId === yellow.id && n.kind === 'escalation')).toEqual([]);

    at('2026-10-25T06:00:30.000Z'); // 07.00 in Copenhagen
    await until(() => texted(yellow.id, 'escalation:deputies').length === 2, 'yellow deputies at 07.00');
    expect(texted(yellow.id, 'escalation:deputies')).toEqual(DEPUTIES_SMS);
    const sent = notifications().filter(
      (n) => n.incidentId === yellow.id && n.cause.startsWith('escalation:'),
    );
    expect(sent.every((n) => n.createdAt >= '2026-10-25T06:00:00.000Z')).toBe(true);
  });
});

describe('numbers, settings and status', () => {
  it('shows the MSISDN and a number that cannot be texted on the participant, saved as typed', async () => {
    const carl = await editor.get('/api/participants/9');
    expect(carl.body).toMatchObject({ phone: '1234', msisdn: null });
    expect(carl.body.phoneWarning).toMatch(/kan ikke bruges til sms/);
    const ali = await editor.get('/api/participants/7');
    expect(ali.body).toMatchObject({ msisdn: '4522334455', phoneWarning: null });
  });

  it('says SMS is set up beside mail', async () => {
    expect((await editor.get('/api/mail/status')).body).toEqual({ configured: true, smsConfigured: true });
  });

  it('keeps the Teams address from all but administrators; escalation is validated', async () => {
    expect((await editor.get('/api/programmes/2')).body.teamsWebhookUrl).toBeUndefined();
    const admin = await server.as('admin');
    const programme = (await admin.get('/api/programmes/2')).body;
    expect(programme.teamsWebhookUrl).toBe(teams.url);
    const bad = await admin.put('/api/programmes/2', {
      ...programme,
      escalation: { levels: ['green'], deputiesAfterMinutes: 0, quietHours: { from: '25:00', to: '07:00' } },
    });
    expect(bad.status).toBe(400);
    const good = await admin.put('/api/programmes/2', {
      ...programme,
      escalation: {
        levels: ['yellow'],
        deputiesAfterMinutes: 15,
        adminsAfterMinutes: 45,
        quietHours: { from: '22:00', to: '07:00' },
      },
    });
    expect(good.status).toBe(200);
    expect(good.body.escalation).toEqual({
      levels: ['red', 'yellow'],
      deputiesAfterMinutes: 15,
      adminsAfterMinutes: 45,
      quietHours: { from: '22:00', to: '07:00' },
    });
    expect((await editor.put('/api/programmes/2', { ...programme, teamsWebhookUrl: null })).status).toBe(403);
  });
});
