import { z } from 'zod';
import { DEFAULT_ACTIVATION_STEPS } from './callIn';
import { escalationSchema } from './escalation';
import { isoDate, optionalEmail, requiredText } from './fields';
import { EXTRA_CLOSED_DAYS, type ExtraClosedDay } from './workingDays';

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
    /** Days the secretariat closes beside the public holidays, for the yellow deadline; none by default. */
    extraClosedDays: z
      .array(z.enum(EXTRA_CLOSED_DAYS))
      .max(EXTRA_CLOSED_DAYS.length)
      .default([])
      .transform((days) => [...new Set(days)]),
    /** Seed 002's steps by default; each activated incident shows them as a checklist. */
    activationSteps: z
      .array(requiredText(120))
      .max(12)
      .default([...DEFAULT_ACTIVATION_STEPS]),
    /** Texting and escalation until someone answers (src/domain/escalation.ts); null: red only, 30 + 30 minutes. */
    escalation: escalationSchema,
    /** A Power Automate "Workflows" webhook: call-ins, steps and meetings post a card there. Administrators only. */
    teamsWebhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u), {
        params: { rule: 'httpsUrl' },
      })
      .nullish()
      .or(z.literal('').transform(() => null))
      .transform((v) => v ?? null),
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

export type Programme = z.infer<typeof programmeSchema> & { id: number; demo?: true };

/**
 * A programme made from the demo seed carries `demo: true`, set when the store is created and
 * kept through every edit (no client can set or clear it), so that "Fjern demodata" removes
 * those programmes with all of theirs and never one made by hand.
 */
export const DEMO_MARK = 'demo';

/** Keeps the demo mark of a stored programme through an edit; a new programme is never demo. */
export const keepDemoMark = (
  input: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) => (previous?.[DEMO_MARK] === true ? { ...input, [DEMO_MARK]: true } : input);

/** A programme's extra closed days, as stored (older records have none). */
export function closedDaysOf(programme: Record<string, unknown> | undefined): ExtraClosedDay[] {
  return Array.isArray(programme?.extraClosedDays) ? (programme.extraClosedDays as ExtraClosedDay[]) : [];
}
