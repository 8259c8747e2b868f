import { z } from 'zod';
import { DEFAULT_ACTIVATION_STEPS } from './callIn';
import { isoDate, optionalEmail, requiredText } from './fields';

/** Funding in thousands of kroner (t.kr.), as the programme documents state it. */
const amount = z
  .number()
  .min(0)
  .max(10_000_000)
  .nullish()
  .transform((v) => v ?? null);

export const programmeSchema = z
  .object({
    name: requiredText(120),
    municipality: requiredText(80),
    periodStart: isoDate,
    periodEnd: isoDate,
    funding: z
      .object({ lbf: amount, municipality: amount, local: amount })
      .default({ lbf: null, municipality: null, local: null }),
    /** Viborg's project year runs 1 April – 31 March: start month 4. */
    projectYearStartMonth: z.int().min(1).max(12).default(1),
    /** Months after which confidential details of closed incidents and ended plans are erased; null keeps them. */
    retentionMonths: z
      .int()
      .min(1)
      .max(240)
      .nullish()
      .transform((v) => v ?? null),
    /** Where "Bestyrelsen orienteret" sends its summary. */
    boardEmail: optionalEmail,
    /** Who hears, beside the conveners, that a deadline passed without a meeting. */
    adminEmail: optionalEmail,
    /** Seed 002's steps by default; each activated incident shows them as a checklist. */
    activationSteps: z
      .array(requiredText(120))
      .max(12)
      .default([...DEFAULT_ACTIVATION_STEPS]),
  })
  .superRefine((p, ctx) => {
    if (p.periodEnd <= p.periodStart)
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        params: { rule: 'endBeforeStart' },
        input: p.periodEnd,
      });
  });

export type Programme = z.infer<typeof programmeSchema> & { id: number };
