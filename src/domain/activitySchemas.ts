import { z } from 'zod';
import { count, id, isoDate, optionalCount, optionalText, requiredText } from './fields';

/**
 * What a success criterion counts in the log book: participants summed, the most
 * volunteers at once, or the number of sessions; `unregistered` criteria (a share of
 * new tenants, newsletter partners) are reported elsewhere and only described here.
 */
export const METRICS = ['participants', 'volunteers', 'sessions', 'unregistered'] as const;
export const SCOPES = ['projectYear', 'programmePeriod'] as const;

export const successCriterionSchema = z.object({
  description: requiredText(500),
  metric: z.enum(METRICS),
  target: count.nullish().transform((v) => v ?? null),
  scope: z.enum(SCOPES).default('projectYear'),
  /** The target applies to each area (Vejviseren: at least four tours per area). */
  perArea: z.boolean().default(false),
});
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

export const activitySchema = z.object({
  programmeId: id,
  name: requiredText(200),
  focusArea: requiredText(200),
  description: optionalText(4000),
  successCriteria: z.array(successCriterionSchema).max(20).default([]),
});
export type Activity = z.infer<typeof activitySchema> & { id: number };

/** One session in an activity's log book. */
export const activityLogSchema = z.object({
  activityId: id,
  areaId: id.nullish().transform((v) => v ?? null),
  date: isoDate,
  participants: count.default(0),
  volunteers: optionalCount,
  note: optionalText(2000),
});
export type ActivityLog = z.infer<typeof activityLogSchema> & { id: number };
