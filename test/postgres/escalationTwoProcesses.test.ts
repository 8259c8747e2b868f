import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DEPUTIES_SMS, escalationFixture, vangdalen } from '../support/callInFixture';
import { freshDatabase } from '../support/postgres';
import { startServerProcess } from '../support/process';
import { startSmsGateway, startTeamsWebhook } from '../support/smsGateway';
import { startSmtp } from '../support/smtp';

const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-pg-escalation-'));
afterAll(() => fs.rmSync(seedDir, { recursive: true, force: true }));

const HOUR = 3_600_000;

/**
 * A red incident whose group was called two hours ago, by mail and SMS, and nobody has
 * answered: both escalation steps are due the moment a server starts, on the real clock.
 */
function calledTwoHoursAgo(teamsWebhookUrl: string) {
  const fixture = escalationFixture(teamsWebhookUrl);
  const now = Date.now();
  const calledAt = new Date(now - 2 * HOUR).toISOString();
  const incident = {
    ...vangdalen({ level: 'red', occurredAt: new Date(now - 3 * HOUR).toISOString() }),
    id: 10,
    levelSetAt: calledAt,
    exercise: false,
    involvedCount: 4,
    escalationRisk: 'high',
    meetingHeldAt: null,
    status: 'open',
    responseDeadline: new Date(now + 22 * HOUR).toISOString(),
  };
  const cause = `activation:10:red:${calledAt}`;
  const called = (channel: 'mail' | 'sms', participantId: number, to: string) => ({
    incidentId: 10,
    programmeId: 2,
    participantId,
    name: fixture.participants.find((p) => p.id === participantId)!.name,
    to,
    channel,
    kind: 'activation',
    cause,
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: calledAt,
    sentAt: calledAt,
    nextAttemptAt: null,
    claimedUntil: null,
    replyTokenHash: null,
    reply: null,
    repliedAt: null,
  });
  const notifications = [
    called('mail', 1, 'mette.lund@example.dk'),
    called('mail', 3, 'sara.holm@example.dk'),
    called('mail', 4, 'anne.berg@randers.example.dk'),
    called('sms', 1, '4540112233'),
    called('sms', 2, '4540445566'),
    called('sms', 3, '4540778899'),
  ].map((n, i) => ({ ...n, id: i + 1, version: 1 }));
  return { ...fixture, incidents: [...fixture.incidents, incident], notifications };
}

// Two server processes on one database both run the escalation timer and an outbox: a step is
// queued in a commit that decides again, and each message is claimed before it is sent, so
// of the two only one queues and sends each step.
it('sends each escalation step once when two processes share the outbox', { timeout: 60_000 }, async () => {
  const database = await freshDatabase();
  const [smtp, gateway, teams] = await Promise.all([startSmtp(), startSmsGateway(), startTeamsWebhook()]);
  fs.writeFileSync(path.join(seedDir, 'seed.json'), JSON.stringify(calledTwoHoursAgo(teams.url)));
  const env = {
    DATABASE_URL: database.url,
    SEED_FILE: path.join(seedDir, 'seed.json'),
    SMTP_URL: smtp.url,
    SMS_GATEWAY_URL: gateway.url,
    SMS_TOKEN: gateway.token,
    SMS_SENDER: 'Beredskab',
  };
  // Started together: both timers find the same steps due at their first look.
  const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  try {
    const texts = await gateway.waitFor(2, 30_000);
    const mails = await smtp.waitFor(1, 30_000);
    await teams.waitFor(2, 30_000);
    // Both outboxes look at least once more: nothing else comes.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(texts.map((t) => t.msisdn).sort()).toEqual(DEPUTIES_SMS);
    expect(gateway.received).toHaveLength(2);
    expect(mails.map((m) => m.to)).toEqual([['admin@randers.example.dk']]);
    expect(smtp.received).toHaveLength(1);
    expect(teams.cards).toHaveLength(2);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([smtp.close(), gateway.close(), teams.close()]);
    await database.drop();
  }
});
