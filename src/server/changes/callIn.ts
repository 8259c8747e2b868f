import crypto from 'node:crypto';
import {
  activationCause,
  calendarSteps,
  calledFor,
  convenersOf,
  meetingInCalendars,
  timerCauses,
  type CalendarMail,
  type CallInIncident,
  type Callable,
  type NotificationKind,
  textedFor,
} from '../../domain/callIn';
import { afterQuietHours, escalates, escalationOf } from '../../domain/escalation';
import { TEAMS, channelOf, type Notification } from '../../domain/notificationSchema';
import type { StoredRecord } from '../../domain/resources';
import type { Op, ReadState } from '../store/types';

export type Recipient = { participantId: number | null; name: string | null; to: string };

/** The outbox records of an incident (all of them when no id). */
export function notificationsOf(state: ReadState, incidentId?: number): Notification[] {
  if (incidentId === undefined) return state.all('notifications') as unknown as Notification[];
  return state.table('notifications').where('incidentId', incidentId) as unknown as Notification[];
}

export const participantsOf = (state: ReadState) => state.all('participants') as unknown as Callable[];

export const asRecipient = (p: Callable): Recipient => ({
  participantId: p.id,
  name: (p.name as string | null) ?? null,
  to: p.email as string,
});

/**
 * New outbox records for `recipients`, numbered after the last id issued and `already`
 * new ones in this commit; a recipient who already has a mail for the cause gets none.
 */
export function queueMails(
  state: ReadState,
  base: {
    incidentId: number | null;
    programmeId: number;
    kind: NotificationKind;
    cause: string;
  } & Partial<
    Pick<
      Notification,
      'calendarUid' | 'sequence' | 'meetingAt' | 'roundId' | 'reporterId' | 'channel' | 'nextAttemptAt'
    >
  >,
  recipients: readonly Recipient[],
  now: Date,
  already = 0,
): Op[] {
  const existing = notificationsOf(state, base.incidentId ?? undefined);
  const sent = new Set(
    existing.filter((n) => n.cause === base.cause && n.to !== null).map((n) => n.to!.toLowerCase()),
  );
  const seen = new Set<string>();
  const fresh = recipients.filter((r) => {
    const key = r.to.toLowerCase();
    if (sent.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return fresh.map((r, n) => ({
    op: 'put',
    coll: 'notifications',
    record: {
      id: state.issuedId('notifications') + already + n + 1,
      version: 1,
      ...base,
      ...r,
      status: 'unsent',
      attempts: 0,
      lastError: null,
      createdAt: now.toISOString(),
      sentAt: null,
      // An SMS held by quiet hours waits for its time like a mail waiting to be tried again.
      nextAttemptAt: base.nextAttemptAt ?? null,
      claimedUntil: null,
      replyTokenHash: null,
      reply: null,
      repliedAt: null,
    } satisfies Notification,
  }));
}

/** Everyone called for an incident so far, once each: who gets the meeting invitation. */
function calledSoFar(state: ReadState, incidentId: number, newOps: Op[]): Recipient[] {
  const fromOps = newOps.flatMap((o) =>
    o.op === 'put' && o.coll === 'notifications' ? [o.record as unknown as Notification] : [],
  );
  const activations = [...notificationsOf(state, incidentId), ...fromOps].filter(
    (n): n is Notification & { to: string } =>
      n.kind === 'activation' && n.to !== null && channelOf(n) === 'mail',
  );
  const byAddress = new Map(activations.map((n) => [n.to.toLowerCase(), n]));
  return [...byAddress.values()].map(({ participantId, name, to }) => ({ participantId, name, to }));
}

const isCalendarMail = (n: Notification): n is Notification & { to: string } =>
  (n.kind === 'invitation' || n.kind === 'cancellation') && n.to !== null && channelOf(n) === 'mail';

/**
 * An incident's calendar mails with their SEQUENCE and time. Invitations from before the
 * sequence was stored counted their earlier meeting times, and named the time in the cause.
 */
function calendarMailsOf(state: ReadState, incidentId: number): (CalendarMail & Notification)[] {
  const mails = notificationsOf(state, incidentId)
    .filter(isCalendarMail)
    .sort((a, b) => a.id - b.id);
  const causes: string[] = [];
  return mails.map((n) => {
    if (!causes.includes(n.cause)) causes.push(n.cause);
    return {
      ...n,
      kind: n.kind as CalendarMail['kind'],
      sequence: n.sequence ?? causes.indexOf(n.cause),
      meetingAt: n.meetingAt ?? n.cause.split(':').slice(2).join(':'),
    };
  });
}

/**
 * The invitations and cancellations a write of an incident causes, against who is called
 * now (`participants`, as they are after the write): the calendar entry keeps one UID per
 * incident, random, so no two installs share one (entries from before it keep theirs).
 */
export function calendarOps(
  state: ReadState,
  before: CallInIncident | undefined,
  next: CallInIncident,
  participants: readonly Callable[],
  now: Date,
  newOps: Op[] = [],
): Op[] {
  const sent = calendarMailsOf(state, next.id);
  const stillCalled = new Set(calledFor(next, participants).map((p) => p.id));
  const invitees = calledSoFar(state, next.id, newOps).filter(
    (r) => r.participantId === null || stillCalled.has(r.participantId),
  );
  const steps = calendarSteps(next.id, meetingInCalendars(before), meetingInCalendars(next), sent, [
    ...invitees.map((r) => r.to),
  ]);
  if (steps.length === 0) return [];
  const uid =
    sent.find((m) => m.calendarUid)?.calendarUid ??
    (sent.length > 0 ? null : `incident-${next.id}-${crypto.randomUUID()}`);
  const known = new Map<string, Recipient>(
    [...sent, ...invitees].map((r) => [
      r.to.toLowerCase(),
      { participantId: r.participantId, name: r.name, to: r.to },
    ]),
  );
  const ops: Op[] = [];
  for (const step of steps)
    ops.push(
      ...queueMails(
        state,
        {
          incidentId: next.id,
          programmeId: next.programmeId,
          kind: step.kind,
          cause: step.cause,
          calendarUid: uid,
          sequence: step.sequence,
          meetingAt: step.meetingAt,
        },
        step.to.map((to) => known.get(to.toLowerCase())!),
        now,
        newOps.length + ops.length,
      ),
    );
  const planned = steps.find((s) => s.kind === 'invitation');
  if (planned && after(before) !== after(next))
    ops.push(...teamsOps(state, next, 'invitation', planned.cause, now, newOps.length + ops.length));
  return ops;
}

const after = (incident: CallInIncident | undefined) => meetingInCalendars(incident);

/** A card in the programme's Teams channel, when it has one; once per cause. */
export function teamsOps(
  state: ReadState,
  incident: CallInIncident,
  kind: NotificationKind,
  cause: string,
  now: Date,
  already: number,
): Op[] {
  if (!state.find('programmes', incident.programmeId)?.teamsWebhookUrl) return [];
  return queueMails(
    state,
    { incidentId: incident.id, programmeId: incident.programmeId, kind, cause, channel: 'teams' },
    [{ participantId: null, name: null, to: TEAMS }],
    now,
    already,
  );
}

/**
 * The call-in by SMS to those of the group with a number, when the programme's escalation
 * covers the level: at once for red, after the quiet hours for yellow.
 */
function smsCallInOps(state: ReadState, incident: CallInIncident, cause: string, now: Date, already: number) {
  const rule = escalationOf(state.find('programmes', incident.programmeId));
  if (!escalates(rule, incident.level)) return [];
  const at = afterQuietHours(now, incident.level, rule.quietHours);
  const texted = textedFor(incident, participantsOf(state)).map((p) => ({
    participantId: p.id,
    name: (p.name as string | null) ?? null,
    to: p.msisdn,
  }));
  return queueMails(
    state,
    {
      incidentId: incident.id,
      programmeId: incident.programmeId,
      kind: 'activation',
      cause,
      channel: 'sms',
      nextAttemptAt: at > now ? at.toISOString() : null,
    },
    texted,
    now,
    already,
  );
}

/**
 * The mails an incident's write causes, stored in the same commit as the write: the call-in
 * of its response group when it reaches yellow or red (again when raised to red, or on
 * "Send alligevel"), and the calendar's invitations and cancellations (calendarOps).
 */
export function callInOps(
  state: ReadState,
  previous: StoredRecord | undefined,
  record: StoredRecord,
  body: unknown,
  now: Date,
): Op[] {
  const next = record as unknown as CallInIncident;
  const before = previous as unknown as CallInIncident | undefined;
  const anyway = (body as { callInAnyway?: unknown } | null)?.callInAnyway === true;
  const ops: Op[] = [];
  const activation = activationCause(before, next, anyway, now);
  if (activation) {
    const called = calledFor(next, participantsOf(state)).map(asRecipient);
    ops.push(
      ...queueMails(
        state,
        { incidentId: next.id, programmeId: next.programmeId, kind: 'activation', cause: activation },
        called,
        now,
      ),
    );
    ops.push(...smsCallInOps(state, next, activation, now, ops.length));
    ops.push(...teamsOps(state, next, 'activation', activation, now, ops.length));
  }
  ops.push(...calendarOps(state, before, next, participantsOf(state), now, ops));
  return ops;
}

/**
 * A participant's write or deletion may end their call (out of the response group, another
 * programme, no address): the open meetings they were invited to send them a CANCEL; put
 * back in the group, they get the REQUEST again. `after` is the participant as stored
 * after the write, undefined when deleted.
 */
export function participantCalendarOps(
  state: ReadState,
  id: number,
  after: Callable | undefined,
  now: Date,
): Op[] {
  const participants = [...participantsOf(state).filter((p) => p.id !== id), ...(after ? [after] : [])];
  const ops: Op[] = [];
  for (const row of state.all('incidents')) {
    const incident = row as unknown as CallInIncident;
    if (meetingInCalendars(incident) === null) continue;
    ops.push(...calendarOps(state, incident, incident, participants, now, ops));
  }
  return ops;
}

/**
 * The timer's mails due at `now`, for every open incident the group was called in for:
 * the reminder to the conveners, and the missed deadline to them and the programme's
 * admins. Decided in the commit, so two processes' timers cannot both queue one.
 */
export function timerOps(state: ReadState, now: Date): Op[] {
  const called = new Set(
    notificationsOf(state)
      .filter((n) => n.kind === 'activation')
      .map((n) => n.incidentId),
  );
  const ops: Op[] = [];
  for (const row of state.all('incidents')) {
    const incident = row as unknown as CallInIncident;
    for (const { kind, cause } of timerCauses(incident, called.has(incident.id), now)) {
      const recipients = convenersOf(incident.programmeId, participantsOf(state)).map(asRecipient);
      const adminEmail = state.find('programmes', incident.programmeId)?.adminEmail;
      if (kind === 'overdue' && typeof adminEmail === 'string' && adminEmail)
        recipients.push({ participantId: null, name: null, to: adminEmail });
      ops.push(
        ...queueMails(
          state,
          { incidentId: incident.id, programmeId: incident.programmeId, kind, cause },
          recipients,
          now,
          ops.length,
        ),
      );
    }
  }
  return ops;
}
