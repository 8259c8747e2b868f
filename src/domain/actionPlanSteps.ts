import { z } from 'zod';
import { AUDIENCES, interventionSchema } from './actionPlanSchema';

/**
 * The guided form's steps, each with what must be filled before the next. Leaving
 * `draft` needs every step complete, so the server checks the same schemas.
 */
const hasResponsible = (i: z.infer<typeof interventionSchema>) =>
  i.participantId !== null || Boolean(i.party);

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
      .array(interventionSchema)
      .min(1)
      .refine((rows) => rows.every(hasResponsible), { params: { rule: 'needsResponsible' } }),
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
