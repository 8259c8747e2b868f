import { z } from 'zod';
import { id, isoDate, optionalDateTime, optionalText, requiredText } from './fields';

export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
/** A reporter's report in a round, as DHIS2 counts a data set per unit and Akvo keeps an update. */
export const REPORT_STATUSES = ['notStarted', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Days before the due date the first reminder goes, unless the round says otherwise. */
export const DEFAULT_REMIND_DAYS_BEFORE = 3;

const year = z.int().min(1990).max(2100);

/**
 * A partner that owes figures: an organisation, its contact people (a contact-list
 * participant may be picked), and what it reports — an indicator for the areas it covers,
 * or for the whole programme (`areaIds` empty).
 */
export const reporterSchema = z.object({
  programmeId: id,
  organisation: requiredText(200),
  contacts: z
    .array(
      z.object({
        name: requiredText(120),
        email: z.email(),
        participantId: id.nullish().transform((v) => v ?? null),
      }),
    )
    .max(20)
    .default([]),
  assignments: z
    .array(z.object({ indicatorId: id, areaIds: z.array(id).max(500).default([]) }))
    .max(200)
    .default([]),
});
export type ReporterInput = z.infer<typeof reporterSchema>;
export type Reporter = ReporterInput & { id: number };

/** A round: a programme's year, when it opens, when it is due, and the grace after it. */
export const reportingRoundSchema = z.object({
  programmeId: id,
  year,
  projectYear: z.boolean().default(false),
  opensOn: isoDate,
  dueOn: isoDate,
  graceDays: z.int().min(0).max(90).default(0),
  remindDaysBefore: z.int().min(0).max(60).default(DEFAULT_REMIND_DAYS_BEFORE),
  name: optionalText(200),
});
export type RoundInput = z.infer<typeof reportingRoundSchema>;
export type Round = RoundInput & {
  id: number;
  status: RoundStatus;
  openedAt?: string | null;
  closedAt?: string | null;
};

/** One figure of a report: a value (or null with a comment saying why it cannot be given). */
export const reportItemSchema = z.object({
  indicatorId: id,
  areaId: id.nullable(),
  value: z.number().min(0).max(10_000_000).nullable(),
  comment: optionalText(2000),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

/** A reporter's report in a round, written by the server alone (the form and the review). */
export const reportingSubmissionSchema = z.object({
  programmeId: id,
  roundId: id,
  reporterId: id,
  organisation: requiredText(200),
  status: z.enum(REPORT_STATUSES),
  items: z.array(reportItemSchema).max(5000),
  savedAt: optionalDateTime,
  submittedAt: optionalDateTime,
  returnComment: optionalText(2000),
  approvedBy: optionalText(200),
  approvedAt: optionalDateTime,
});
export type Submission = z.infer<typeof reportingSubmissionSchema> & { id: number; version: number };

/** Where an approved figure came from; null on a figure typed in the grid. */
export interface Provenance {
  reporterId: number;
  roundId: number;
  submittedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}
