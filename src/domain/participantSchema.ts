import { z } from 'zod';
import { RESPONSE_GROUPS, type ResponseGroup } from './incidentValues';
import { flag, id, optionalDate, optionalEmail, optionalPhone, requiredText } from './fields';

export { RESPONSE_GROUPS, type ResponseGroup };
export const responseGroupSchema = z.union([z.literal(1), z.literal(2)]);

export const participantSchema = z
  .object({
    programmeId: id,
    name: requiredText(120),
    title: requiredText(120),
    organisation: requiredText(120),
    phone: optionalPhone,
    email: optionalEmail,
    responseGroups: z.array(responseGroupSchema).max(2).default([1, 2]),
    deputyOfId: id.nullish().transform((v) => v ?? null),
    pressContact: flag,
    signsPlan: flag,
    convener: flag,
    lastVerifiedAt: optionalDate,
  })
  .superRefine((p, ctx) => {
    if (new Set(p.responseGroups).size !== p.responseGroups.length)
      ctx.addIssue({ code: 'custom', path: ['responseGroups'], input: p.responseGroups });
  });

export type Participant = z.infer<typeof participantSchema> & { id: number };
