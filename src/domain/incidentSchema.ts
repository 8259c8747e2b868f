import { z } from 'zod';
import { CATEGORIES } from './categories';
import { flag, id, isoDateTime, optionalCount, optionalDateTime, optionalText, requiredText } from './fields';
import { ACTIVATORS, ESCALATION_RISKS, INCIDENT_STATUSES } from './incidentValues';
import { LEVELS } from './levels';

export { ACTIVATORS, ESCALATION_RISKS, INCIDENT_STATUSES };
export const levelSchema = z.enum(LEVELS);
export const categorySchema = z.enum(CATEGORIES);

export const incidentSchema = z
  .object({
    programmeId: id,
    areaId: id,
    occurredAt: isoDateTime,
    level: levelSchema,
    /** When the level was set; the server fills it in when absent or when the level changes. */
    levelSetAt: isoDateTime.optional(),
    category: categorySchema,
    policeCase: flag,
    activatedBy: z.enum(ACTIVATORS),
    /** A drill: kept in the register, left out of statistics. */
    exercise: flag,
    involvedCount: optionalCount,
    escalationRisk: z.enum(ESCALATION_RISKS).default('medium'),
    description: requiredText(5000),
    /** Retsplejeloven § 115: for the response group only, never for the board. */
    confidentialNotes: optionalText(5000),
    /** Setting it, or moving it, sends the meeting invitations to everyone called. */
    meetingPlannedAt: optionalDateTime,
    meetingHeldAt: optionalDateTime,
    status: z.enum(INCIDENT_STATUSES).default('open'),
  })
  .superRefine((i, ctx) => {
    for (const field of ['levelSetAt', 'meetingHeldAt'] as const) {
      const value = i[field];
      if (value && value < i.occurredAt)
        ctx.addIssue({ code: 'custom', path: [field], params: { rule: 'beforeOccurred' }, input: value });
    }
  });

export type IncidentInput = z.infer<typeof incidentSchema>;
