import { calledFor, type CallInIncident, type Callable } from '../../src/domain/callIn';
import type { Notification } from '../../src/domain/notificationSchema';
import type { Rng } from './prng';

type Row = { id: number } & Record<string, unknown>;

const REPLIES = ['yes', 'yes', 'yes', 'no', null] as const;

/**
 * The call-in mails of the demo's open, activated incidents, as the outbox would have
 * left them: sent a minute after the level was set, most answered. Their reply links
 * were never real, so no token's hash is kept.
 */
export function demoNotifications(incidents: Row[], participants: Row[], rng: Rng): Notification[] {
  const rows: Notification[] = [];
  for (const row of incidents) {
    const incident = row as unknown as CallInIncident;
    if (incident.status !== 'open' || incident.level === 'green' || incident.exercise) continue;
    const createdAt = incident.levelSetAt;
    const sentAt = new Date(Date.parse(createdAt) + 60_000).toISOString();
    for (const p of calledFor(incident, participants as unknown as Callable[])) {
      const reply = rng.pick(REPLIES);
      rows.push({
        id: rows.length + 1,
        version: 1,
        incidentId: incident.id,
        programmeId: incident.programmeId,
        participantId: p.id,
        name: String(p.name),
        to: String(p.email),
        kind: 'activation',
        cause: `activation:${incident.id}:${incident.level}:${incident.levelSetAt}`,
        status: 'sent',
        attempts: 1,
        lastError: null,
        createdAt,
        sentAt,
        nextAttemptAt: null,
        claimedUntil: null,
        replyTokenHash: null,
        reply,
        repliedAt: reply ? new Date(Date.parse(sentAt) + rng.int(5, 180) * 60_000).toISOString() : null,
      });
    }
  }
  return rows;
}
