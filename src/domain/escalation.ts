import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Level } from './levels';
import { COPENHAGEN_ZONE } from './copenhagenDay';

/**
 * Escalation until someone answers (GoAlert's notify, wait, notify the next): the group by
 * SMS and mail at once; after `deputiesAfterMinutes` the deputies of those who have not said
 * they come; after `adminsAfterMinutes` more, if still nobody comes, the programme's
 * administrators. A meeting planned or held, or the incident closed, stops it. Quiet hours
 * hold yellow's steps (never red's) until they end, on Copenhagen's clock.
 */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const escalationSchema = z
  .object({
    levels: z
      .array(z.enum(['yellow', 'red']))
      .max(2)
      .default(['red'])
      .transform((l) => [...new Set<Level>(['red', ...l])]),
    deputiesAfterMinutes: z
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    adminsAfterMinutes: z
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    quietHours: z
      .object({ from: clock, to: clock })
      .refine((q) => q.from !== q.to, { path: ['to'], params: { rule: 'quietHours' } })
      .nullish()
      .transform((v) => v ?? null),
  })
  .nullish()
  .transform((v) => v ?? null);

export type Escalation = {
  levels: Level[];
  deputiesAfterMinutes: number;
  adminsAfterMinutes: number;
  quietHours: { from: string; to: string } | null;
};
export type QuietHours = Escalation['quietHours'];

export const DEFAULT_ESCALATION: Escalation = {
  levels: ['red'],
  deputiesAfterMinutes: 30,
  adminsAfterMinutes: 30,
  quietHours: null,
};

/** A programme's rule, as stored (or the default: red only, 30 and 30 minutes, no quiet hours). */
export function escalationOf(programme: Record<string, unknown> | undefined): Escalation {
  const stored = programme?.escalation as Partial<Escalation> | null | undefined;
  return stored ? { ...DEFAULT_ESCALATION, ...stored } : DEFAULT_ESCALATION;
}

/** Whether an incident at this level is texted and escalated. */
export const escalates = (rule: Escalation, level: Level) => rule.levels.includes(level);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/**
 * When a step due at `at` may go: at once for red or without quiet hours, else at the end of
 * the quiet hours it falls in (22–07 wraps midnight), the wall clock's 07.00 in Copenhagen
 * whatever the night's length (a DST night has 8 or 10 hours between 22 and 07).
 */
export function afterQuietHours(at: Date, level: Level, quiet: QuietHours): Date {
  if (!quiet || level === 'red') return at;
  const local = DateTime.fromJSDate(at, { zone: COPENHAGEN_ZONE });
  const now = local.hour * 60 + local.minute;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return at;
  const day = from < to || now < to ? local.startOf('day') : local.startOf('day').plus({ days: 1 });
  const end = day.set({ hour: Math.floor(to / 60), minute: to % 60 });
  return end.toUTC().toJSDate();
}

export type EscalationStep = 'deputies' | 'admins';

export interface EscalationIncident {
  id: number;
  level: Level;
  status: string;
  meetingPlannedAt?: string | null;
  meetingHeldAt?: string | null;
}

export interface CallRecord {
  participantId: number | null;
  kind: string;
  cause: string;
  createdAt: string;
  reply: 'yes' | 'no' | null;
}

/** Whether the escalation of an incident has ended: no more steps, whoever has not answered. */
export function escalationStopped(incident: EscalationIncident): boolean {
  return incident.status === 'closed' || !!incident.meetingPlannedAt || !!incident.meetingHeldAt;
}

/** The cause of an escalation step, tied to the call-in it escalates (a raised level starts anew). */
export const stepCause = (step: EscalationStep, callInCause: string) => `escalation:${step}:${callInCause}`;

/** The latest call-in of an incident: its cause and when the group was called. */
export function latestCallIn(calls: readonly CallRecord[]): { cause: string; at: string } | undefined {
  const activations = calls.filter((c) => c.kind === 'activation');
  if (activations.length === 0) return undefined;
  const last = activations.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  const first = activations
    .filter((c) => c.cause === last.cause)
    .reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
  return { cause: last.cause, at: first.createdAt };
}

/** When each step of the latest call-in is due, quiet hours counted. */
export function stepTimes(rule: Escalation, level: Level, calledAt: string): Record<EscalationStep, Date> {
  const deputies = afterQuietHours(
    new Date(Date.parse(calledAt) + rule.deputiesAfterMinutes * 60_000),
    level,
    rule.quietHours,
  );
  const admins = afterQuietHours(
    new Date(deputies.getTime() + rule.adminsAfterMinutes * 60_000),
    level,
    rule.quietHours,
  );
  return { deputies, admins };
}

/**
 * The steps due at `now`, each named by its cause (the outbox sends a cause once per
 * recipient). Deputies are called for those of the group who have not said "kommer"; the
 * administrators only when nobody has, deputies included.
 */
export function dueSteps(
  incident: EscalationIncident,
  rule: Escalation,
  calls: readonly CallRecord[],
  now: Date,
): { step: EscalationStep; cause: string; notComing: number[] }[] {
  if (escalationStopped(incident) || !escalates(rule, incident.level)) return [];
  const callIn = latestCallIn(calls);
  if (!callIn) return [];
  // Answers to this call-in and its steps count; an earlier call-in's (a level since raised) do not.
  const ours = calls.filter((c) => c.cause === callIn.cause || c.cause.endsWith(`:${callIn.cause}`));
  const coming = new Set(ours.filter((c) => c.reply === 'yes').map((c) => c.participantId));
  const called = [
    ...new Set(
      calls.filter((c) => c.cause === callIn.cause && c.participantId !== null).map((c) => c.participantId!),
    ),
  ];
  const notComing = called.filter((id) => !coming.has(id));
  const times = stepTimes(rule, incident.level, callIn.at);
  const anyone = ours.some((c) => c.reply === 'yes');
  const due: { step: EscalationStep; cause: string; notComing: number[] }[] = [];
  if (now >= times.deputies && notComing.length > 0)
    due.push({ step: 'deputies', cause: stepCause('deputies', callIn.cause), notComing });
  if (now >= times.admins && !anyone)
    due.push({ step: 'admins', cause: stepCause('admins', callIn.cause), notComing });
  return due;
}
