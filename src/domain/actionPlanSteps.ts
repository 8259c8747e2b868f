import { z } from 'zod';
import { AUDIENCES } from './actionPlanSchema';

/**
 * The guided form's steps, each with what must be filled before the next. Leaving
 * `draft` needs every step complete, so the server checks the same schemas.
 */
const interventionRow = z.object({
  action: z.string().trim().min(1),
  participantId: z.number().nullish(),
  party: z.string().nullish(),
});

export const STEP_SCHEMAS = {
  situation: z.object({
    situation: z.object({ description: z.string().trim().min(1) }),
  }),
  purpose: z.object({
    purpose: z.string().trim().min(1),
    targetGroups: z.string().trim().min(1),
  }),
  interventions: z.object({
    interventions: z
      .array(interventionRow)
      .min(1)
      .superRefine((rows, ctx) =>
        rows.forEach((row, i) => {
          // The error sits on the row's participant picker, where the user can mend it.
          if (row.participantId == null && !row.party?.trim())
            ctx.addIssue({
              code: 'custom',
              path: [i, 'participantId'],
              params: { rule: 'needsResponsible' },
              input: row,
            });
        }),
      ),
  }),
  communication: z.object({
    communications: z.array(z.object({ audience: z.enum(AUDIENCES) })).min(1),
  }),
  period: z
    .object({ startDate: z.iso.date(), endDate: z.iso.date() })
    .refine((p) => p.endDate > p.startDate, { path: ['endDate'], params: { rule: 'endBeforeStart' } }),
} as const;

export type StepKey = keyof typeof STEP_SCHEMAS;
export const STEPS = Object.keys(STEP_SCHEMAS) as StepKey[];
