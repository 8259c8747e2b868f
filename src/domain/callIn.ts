import type { Level } from './levels';
import { responseGroupFor } from './incidentRules';
import { toMsisdn } from './msisdn';

/**
 * Calling in the response group (seeds 001–002): who is called when, what reminds the
 * conveners, and how long a reply link lives. Pure rules; the server writes the
 * notifications in the same commit as the change that caused them.
 */
export const NOTIFICATION_KINDS = [
  'activation',
  'invitation',
  'reminder',
  'overdue',
  'boardBriefing',
  'cancellation',
  // Escalation (src/domain/escalation.ts): a step to deputies or administrators; an SMS that could not be delivered.
  'escalation',
  'smsFailed',
  // A reporting round (src/domain/reportingRules.ts): the link, the reminders, a return, the receipt.
  'reportingLink',
  'reportingReminder',
  'reportingLate',
  'reportingLateList',
  'reportingReturned',
  'reportingReceipt',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** `delivered`: the SMS gateway's delivery report said so (a mail is `sent` at most). */
export const NOTIFICATION_STATUSES = ['unsent', 'sent', 'delivered', 'failed'] as const;
/** How a notification goes: mail (SMTP), SMS (the gateway), a card in the programme's Teams channel. */
export const CHANNELS = ['mail', 'sms', 'teams'] as const;
export type Channel = (typeof CHANNELS)[number];
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Minutes to wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final. */
export const RETRY_MINUTES = [1, 5, 15, 60] as const;
export const MAX_ATTEMPTS = 5;
export const REMINDER_BEFORE_MS = 4 * 3_600_000;
export const REPLY_VALID_MS = 7 * 24 * 3_600_000;
/** Requests to the reply page one client may make a minute: a person answers a few times, a guesser many. */
export const REPLY_REQUESTS_PER_MINUTE = 30;

/** Seed 002's activation steps, the demo default of every programme. */
export const DEFAULT_ACTIVATION_STEPS = [
  'Situationen bekræftet i gruppen',
  'Bestyrelsen orienteret',
  'Situationsbillede dannet',
  'Handleplanens elementer aktiveret',
] as const;
/** The step whose ticking offers the mail to the programme's board. */
export const BOARD_STEP = 'Bestyrelsen orienteret';

export interface CallInIncident {
  id: number;
  programmeId: number;
  level: Level;
  levelSetAt: string;
  policeCase: boolean;
  exercise: boolean;
  status: string;
  responseDeadline: string | null;
  meetingPlannedAt?: string | null;
  meetingHeldAt?: string | null;
}

export interface Callable {
  id: number;
  programmeId: unknown;
  name?: unknown;
  email?: unknown;
  responseGroups?: unknown;
  convener?: unknown;
  phone?: unknown;
  deputyOfId?: unknown;
}

export interface NotificationLike {
  incidentId: number;
  participantId: number | null;
  kind: string;
  cause: string;
}

const RANK: Record<Level, number> = { green: 0, yellow: 1, red: 2 };

/**
 * Why this write calls the group in, as a cause that is the same however often the
 * write is repeated: a new yellow or red incident, a level raised (yellow to red calls
 * again), or the user's "Send alligevel" (a green incident, a drill). None otherwise.
 */
export function activationCause(
  previous: CallInIncident | undefined,
  next: CallInIncident,
  anyway: boolean,
  now: Date,
): string | undefined {
  if (next.status === 'closed') return undefined;
  if (anyway) return `activation:${next.id}:anyway:${now.toISOString()}`;
  if (next.level === 'green' || next.exercise) return undefined;
  const raised = previous === undefined || RANK[next.level] > RANK[previous.level];
  return raised ? `activation:${next.id}:${next.level}:${next.levelSetAt}` : undefined;
}

/** The participants of the incident's programme in its response group (from the police case). */
export function groupOf<P extends Callable>(incident: CallInIncident, participants: readonly P[]): P[] {
  const group = responseGroupFor(incident.policeCase);
  return participants.filter(
    (p) =>
      p.programmeId === incident.programmeId &&
      Array.isArray(p.responseGroups) &&
      p.responseGroups.includes(group),
  );
}

/** The participants of the incident's programme in its response group (from the police case) who have an email. */
export function calledFor<P extends Callable>(incident: CallInIncident, participants: readonly P[]): P[] {
  return groupOf(incident, participants).filter((p) => typeof p.email === 'string' && p.email !== '');
}

/** Of the group, those who get the call-in by SMS: a number that can be texted. */
export function textedFor<P extends Callable & { phone?: unknown }>(
  incident: CallInIncident,
  participants: readonly P[],
): (P & { msisdn: string })[] {
  return groupOf(incident, participants).flatMap((p) => {
    const msisdn = toMsisdn(p.phone);
    return msisdn ? [{ ...p, msisdn }] : [];
  });
}

/** The programme's conveners with an email: whom reminders and missed deadlines go to. */
export function convenersOf<P extends Callable>(programmeId: number, participants: readonly P[]): P[] {
  return participants.filter(
    (p) =>
      p.programmeId === programmeId && p.convener === true && typeof p.email === 'string' && p.email !== '',
  );
}

/** The meeting an incident's invitees should have in their calendars: its planned time while it is open. */
export function meetingInCalendars(incident: CallInIncident | undefined): string | null {
  return incident && incident.status !== 'closed' ? (incident.meetingPlannedAt ?? null) : null;
}

/** A calendar mail queued for an incident: the meeting at a time, or its cancellation, with its SEQUENCE. */
export interface CalendarMail {
  to: string;
  kind: 'invitation' | 'cancellation';
  sequence: number;
  meetingAt: string;
}

/** Calendar mails a write owes: one cause per kind and sequence, to the addresses named. */
export interface CalendarStep {
  kind: 'invitation' | 'cancellation';
  cause: string;
  sequence: number;
  meetingAt: string;
  to: string[];
}

const byAddress = (to: string) => to.toLowerCase();

/**
 * What the invitees' calendars need after a write, from the meeting before and after it
 * (`meetingInCalendars`), the calendar mails queued so far and who is invited now. Every
 * change gets the next SEQUENCE (one more than any sent), so a meeting moved back to an
 * earlier time is sent again and calendars take the newest (RFC 5546): a new or moved
 * meeting is a REQUEST to everyone invited; whoever holds the meeting in a calendar but
 * should not — the meeting cleared, the incident closed, no longer called — gets a CANCEL.
 * Someone called after the meeting was planned gets the REQUEST with the write that calls them.
 */
export function calendarSteps(
  incidentId: number,
  before: string | null,
  after: string | null,
  sent: readonly CalendarMail[],
  invitees: readonly string[],
): CalendarStep[] {
  const last = new Map<string, CalendarMail>();
  for (const m of [...sent].sort((a, b) => a.sequence - b.sequence)) last.set(byAddress(m.to), m);
  const wanted = new Set(after ? invitees.map(byAddress) : []);
  const holding = [...last.values()].filter((m) => m.kind === 'invitation');
  const cancel = holding.filter((m) => !wanted.has(byAddress(m.to)));
  const invite = after
    ? invitees.filter((to) => after !== before || last.get(byAddress(to))?.kind !== 'invitation')
    : [];
  const sequence = sent.reduce((next, m) => Math.max(next, m.sequence + 1), 0);
  const steps: CalendarStep[] = [];
  if (invite.length > 0)
    steps.push({
      kind: 'invitation',
      cause: `invitation:${incidentId}:${sequence}`,
      sequence,
      meetingAt: after!,
      to: invite,
    });
  if (cancel.length > 0)
    steps.push({
      kind: 'cancellation',
      cause: `cancellation:${incidentId}:${sequence}`,
      sequence,
      // Everyone holding the meeting got its latest REQUEST: one time to cancel.
      meetingAt: cancel[0]!.meetingAt,
      to: cancel.map((m) => m.to),
    });
  return steps;
}

/**
 * What the timer owes an incident at `now`: a reminder four hours before the deadline
 * while no meeting is planned or held, and a mail when the deadline passes without a
 * meeting held. Only for incidents the group was called in for; once per deadline each.
 */
export function timerCauses(
  incident: CallInIncident,
  called: boolean,
  now: Date,
): { kind: 'reminder' | 'overdue'; cause: string }[] {
  if (!called || incident.status === 'closed' || !incident.responseDeadline || incident.meetingHeldAt)
    return [];
  const deadline = Date.parse(incident.responseDeadline);
  const at = now.getTime();
  const causes: { kind: 'reminder' | 'overdue'; cause: string }[] = [];
  if (at >= deadline - REMINDER_BEFORE_MS && at < deadline && !incident.meetingPlannedAt)
    causes.push({ kind: 'reminder', cause: `reminder:${incident.id}:${incident.responseDeadline}` });
  if (at >= deadline)
    causes.push({ kind: 'overdue', cause: `overdue:${incident.id}:${incident.responseDeadline}` });
  return causes;
}

/** When a failed mail is tried again, or null when it has had its attempts. */
export function nextAttemptAt(attempts: number, now: Date): string | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = RETRY_MINUTES[Math.min(attempts, RETRY_MINUTES.length) - 1] ?? RETRY_MINUTES[0];
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

/**
 * Whether a reply link still counts: 7 days after sending, not after the meeting (planned
 * or held), and not once the incident is closed.
 */
export function replyOpen(sentAt: string | null, incident: CallInIncident, now: Date): boolean {
  if (!sentAt || incident.status === 'closed') return false;
  const at = now.getTime();
  if (at > Date.parse(sentAt) + REPLY_VALID_MS) return false;
  const meeting = incident.meetingHeldAt ?? incident.meetingPlannedAt ?? null;
  return !meeting || at < Date.parse(meeting);
}

/** A programme's activation steps: its own list, or seed 002's four. */
export function activationStepsOf(programme: Record<string, unknown> | undefined): string[] {
  const steps = programme?.activationSteps;
  return Array.isArray(steps) ? (steps as string[]) : [...DEFAULT_ACTIVATION_STEPS];
}

/** Steps of the checklist done, of those the programme names: "trin gennemført 3 af 4". */
export function stepsDone(
  steps: readonly string[],
  checklist: readonly { step: string }[],
): { done: number; of: number } {
  const ticked = new Set(checklist.map((c) => c.step));
  return { done: steps.filter((s) => ticked.has(s)).length, of: steps.length };
}
