import { MAX_ATTEMPTS, nextAttemptAt, replyOpen, type CallInIncident } from '../../domain/callIn';
import { channelOf, type Notification } from '../../domain/notificationSchema';
import { smsFailedOps } from './escalation';
import { ApiError, notFound } from '../errors/apiError';
import { assertMay } from '../access/programmeAccess';
import type { Change, ReadState } from '../store/types';
import { mailByTokenHash } from './replyTokens';
import { auditBy, type Actor } from '../access/actor';

/** Whether a mail is for the sender now: never sent, or failed and its wait is over; and no one else is on it; and it has an address. */
export function isDue(n: Notification, now: Date): boolean {
  // Its address erased by the retention rule: there is no one to send it to.
  if (n.to === null) return false;
  const claimed = n.claimedUntil !== null && Date.parse(n.claimedUntil) > now.getTime();
  if (claimed) return false;
  // An SMS held by quiet hours waits for its time.
  if (n.status === 'unsent') return n.nextAttemptAt === null || Date.parse(n.nextAttemptAt) <= now.getTime();
  return (
    n.status === 'failed' &&
    n.attempts < MAX_ATTEMPTS &&
    n.nextAttemptAt !== null &&
    Date.parse(n.nextAttemptAt) <= now.getTime()
  );
}

function current(state: ReadState, id: number): Notification {
  const n = state.find('notifications', id) as unknown as Notification | undefined;
  if (!n) throw notFound();
  return n;
}

const put = (n: Notification) => ({
  op: 'put' as const,
  coll: 'notifications' as const,
  record: { ...n, version: n.version + 1 },
});

/**
 * Takes a due mail for one sender until `until`: decided in the commit, so of two
 * processes (or two ticks) only one gets it; the other is told 409 and leaves it.
 */
export function claimMail(id: number, until: Date): Change<Notification> {
  return {
    decide(state, now) {
      const n = current(state, id);
      if (!isDue(n, now)) throw new ApiError(409, 'Mailen er ikke til afsendelse nu');
      const claimed = { ...n, claimedUntil: until.toISOString() };
      return { ops: [put(claimed)], audit: [], result: claimed };
    },
  };
}

/**
 * What became of a claimed mail: sent (with its reply token's hash, an SMS with the gateway's
 * id), or failed and when to try again. An SMS that has had its attempts is reported to the conveners.
 */
export function recordDelivery(
  id: number,
  outcome: { ok: true; replyTokenHash: string | null; gatewayId?: string } | { ok: false; error: string },
): Change<Notification> {
  return {
    decide(state, now) {
      const n = current(state, id);
      const attempts = n.attempts + 1;
      const next: Notification = outcome.ok
        ? {
            ...n,
            status: 'sent',
            attempts,
            sentAt: now.toISOString(),
            lastError: null,
            nextAttemptAt: null,
            claimedUntil: null,
            replyTokenHash: outcome.replyTokenHash,
            ...(outcome.gatewayId ? { gatewayId: outcome.gatewayId } : {}),
          }
        : {
            ...n,
            status: 'failed',
            attempts,
            lastError: outcome.error.slice(0, 500),
            nextAttemptAt: nextAttemptAt(attempts, now),
            claimedUntil: null,
          };
      const gaveUp = !outcome.ok && next.nextAttemptAt === null && channelOf(n) === 'sms';
      return { ops: [put(next), ...(gaveUp ? smsFailedOps(state, next, now) : [])], audit: [], result: next };
    },
  };
}

/** GatewayAPI's delivery states: delivered, or one that will never be (the rest are on the way). */
const DELIVERED = new Set(['DELIVERED']);
const UNDELIVERED = new Set(['UNDELIVERED', 'REJECTED', 'EXPIRED', 'SKIPPED']);

/**
 * A delivery report from the gateway (its signature checked by the route): the SMS it names
 * becomes `delivered` or `failed`, a failure reported to the conveners. Unknown ids and
 * states on the way change nothing.
 */
export function recordSmsReport(report: {
  id: string;
  msisdn: string;
  status: string;
}): Change<Notification | null> {
  return {
    decide(state, now) {
      const status = report.status.toUpperCase();
      const n = (state.all('notifications') as unknown as Notification[]).find(
        (m) =>
          channelOf(m) === 'sms' && m.gatewayId === report.id && (m.to === null || m.to === report.msisdn),
      );
      if (!n || !(DELIVERED.has(status) || UNDELIVERED.has(status)) || n.status === 'delivered')
        return { ops: [], audit: [], result: n ?? null };
      const delivered = DELIVERED.has(status);
      const next: Notification = {
        ...n,
        status: delivered ? 'delivered' : 'failed',
        reportedAt: now.toISOString(),
        ...(delivered ? {} : { lastError: `Ikke leveret (${status})`, nextAttemptAt: null }),
      };
      return {
        ops: [put(next), ...(delivered ? [] : smsFailedOps(state, next, now))],
        audit: [],
        result: next,
      };
    },
  };
}

/** "Send igen": a failed mail is queued again with a fresh set of attempts; audited. */
export function retryMail(id: number, actor: Actor): Change<Notification> {
  return {
    decide(state) {
      const n = current(state, id);
      assertMay(state, actor, 'show', 'notifications', n as never);
      if (n.status !== 'failed')
        throw new ApiError(409, 'Kun en mail, der ikke kunne sendes, kan sendes igen');
      const queued: Notification = {
        ...n,
        status: 'unsent',
        attempts: 0,
        nextAttemptAt: null,
        claimedUntil: null,
      };
      return {
        ops: [put(queued)],
        audit: [
          auditBy(actor, {
            action: 'update',
            resource: 'notifications',
            recordId: id,
            changes: { status: { before: 'failed', after: 'unsent' } },
          }),
        ],
        result: queued,
      };
    },
  };
}

/** The mail a reply link's token belongs to, if the link still counts at `now`. */
export function mailOfToken(state: ReadState, tokenHash: string, now: Date): Notification | undefined {
  const n = mailByTokenHash(state, tokenHash);
  if (!n || n.incidentId === null) return undefined;
  const incident = state.find('incidents', n.incidentId) as unknown as CallInIncident | undefined;
  return incident && replyOpen(n.sentAt, incident, now) ? n : undefined;
}

/** A reply through its link: yes or no, the latest counts. Decided in the commit, the link checked again. */
export function recordReply(tokenHash: string, reply: 'yes' | 'no'): Change<Notification> {
  return {
    decide(state, now) {
      const n = mailOfToken(state, tokenHash, now);
      if (!n) throw notFound();
      const answered = { ...n, reply, repliedAt: now.toISOString() };
      return { ops: [put(answered)], audit: [], result: answered };
    },
  };
}
