import { convenersOf, type CallInIncident } from '../../domain/callIn';
import { dueSteps, escalationOf, type EscalationIncident } from '../../domain/escalation';
import { escalationTimeline, type EscalationTimeline } from '../../domain/escalationTimeline';
import { notFound } from '../errors/apiError';
import { assertMay } from '../access/programmeAccess';
import type { Actor } from '../access/actor';
import { toMsisdn } from '../../domain/msisdn';
import { channelOf, type Notification } from '../../domain/notificationSchema';
import { membershipsOf, type User } from '../identity/users';
import type { Op, ReadState } from '../store/types';
import { asRecipient, notificationsOf, participantsOf, queueMails, teamsOps, type Recipient } from './callIn';

/** The programme's administrators: its administrator address and its active programme administrators. */
function administrators(state: ReadState, programmeId: number): { mail: Recipient[]; sms: Recipient[] } {
  const users = (state.all('users') as unknown as User[]).filter(
    (u) =>
      u.active && membershipsOf(u).some((m) => m.programmeId === programmeId && m.role === 'programmeAdmin'),
  );
  const named = (u: User) => ({ participantId: null, name: u.fullName ?? null });
  const mail: Recipient[] = users.flatMap((u) => (u.email ? [{ ...named(u), to: u.email }] : []));
  const adminEmail = state.find('programmes', programmeId)?.adminEmail;
  if (typeof adminEmail === 'string' && adminEmail)
    mail.push({ participantId: null, name: null, to: adminEmail });
  const sms: Recipient[] = users.flatMap((u) => {
    const msisdn = toMsisdn(u.phone);
    return msisdn ? [{ ...named(u), to: msisdn }] : [];
  });
  return { mail, sms };
}

/**
 * The escalation steps due at `now` for every open incident (src/domain/escalation.ts): an SMS
 * to the deputies of those who have not said they come, later an SMS and a mail to the
 * administrators, and a Teams card for each. Queued by the timer in one commit, each
 * recipient once per step (the cause), so two processes' timers queue a step once.
 */
export function escalationOps(state: ReadState, now: Date, already = 0): Op[] {
  const ops: Op[] = [];
  const callIns = new Set(
    notificationsOf(state)
      .filter((n) => n.kind === 'activation')
      .map((n) => n.incidentId),
  );
  for (const id of callIns) {
    if (id === null) continue;
    const incident = state.find('incidents', id) as unknown as CallInIncident | undefined;
    if (!incident) continue;
    const rule = escalationOf(state.find('programmes', incident.programmeId));
    const calls = notificationsOf(state, id);
    for (const { step, cause, notComing } of dueSteps(incident, rule, calls, now)) {
      const base = { incidentId: id, programmeId: incident.programmeId, kind: 'escalation' as const, cause };
      const queue = (channel: 'sms' | 'mail', to: Recipient[]) =>
        ops.push(...queueMails(state, { ...base, channel }, to, now, already + ops.length));
      const before = ops.length;
      if (step === 'deputies') {
        const texted = new Set(calls.filter((n) => channelOf(n) === 'sms').map((n) => n.participantId));
        const waiting = new Set(notComing);
        const deputies = participantsOf(state).filter(
          (p) =>
            p.programmeId === incident.programmeId &&
            waiting.has(p.deputyOfId as number) &&
            !texted.has(p.id),
        );
        queue(
          'sms',
          deputies.flatMap((p) => {
            const msisdn = toMsisdn(p.phone);
            return msisdn ? [{ ...asRecipient(p), to: msisdn }] : [];
          }),
        );
      } else {
        const admins = administrators(state, incident.programmeId);
        queue('sms', admins.sms);
        queue('mail', admins.mail);
      }
      if (ops.length > before)
        ops.push(...teamsOps(state, incident, 'escalation', `teams:${cause}`, now, already + ops.length));
    }
  }
  return ops;
}

/** The conveners' mail that an SMS could not be delivered (gateway gave up, or its report said so); once per SMS. */
export function smsFailedOps(state: ReadState, sms: Notification, now: Date, already = 0): Op[] {
  return queueMails(
    state,
    {
      incidentId: sms.incidentId,
      programmeId: sms.programmeId,
      kind: 'smsFailed',
      cause: `smsFailed:${sms.id}`,
      channel: 'mail',
    },
    convenersOf(sms.programmeId, participantsOf(state)).map(asRecipient),
    now,
    already,
  );
}

/** GET /api/incidents/:id/escalation: its steps and answers, for those who read the outbox in its programme. */
export function escalationOfIncident(state: ReadState, id: number, actor: Actor): EscalationTimeline {
  const incident = state.find('incidents', id);
  if (!incident) throw notFound();
  assertMay(state, actor, 'list', 'notifications', incident as never);
  return escalationTimeline(
    incident as unknown as EscalationIncident,
    escalationOf(state.find('programmes', incident.programmeId as number)),
    notificationsOf(state, id),
  );
}
