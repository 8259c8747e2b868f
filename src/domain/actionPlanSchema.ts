import { z } from 'zod';
import {
  id,
  isoDate,
  isoDateTime,
  optionalCount,
  optionalDate,
  optionalPhone,
  optionalText,
  requiredText,
} from './fields';
import { ESCALATION_RISKS } from './incidentSchema';

/** draft → approved (agreed at the meeting) → active → ended. */
export const PLAN_STATUSES = ['draft', 'approved', 'active', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who the communication plan speaks to: the internal staff, or one of the outside parties. */
export const AUDIENCES = [
  'internal',
  'media',
  'politicians',
  'departmentBoards',
  'residents',
  'partners',
  'staff',
] as const;

/**
 * Rows may be half-filled while the plan is a draft, so nothing typed is lost; the
 * guided form's steps (actionPlanSteps.ts) require what a row needs before the plan moves on.
 */
export const interventionSchema = z.object({
  action: optionalText(1000),
  /** The responsible participant; `party` names a responsible party outside the group. */
  participantId: id.nullish().transform((v) => v ?? null),
  party: optionalText(200),
  place: optionalText(200),
  staff: optionalText(500),
  days: optionalText(200),
  timeSpan: optionalText(200),
  /** The phone of the person in charge, filled from the participant and editable. */
  phone: optionalPhone,
});

export const communicationSchema = z.object({
  audience: z
    .enum(AUDIENCES)
    .nullish()
    .transform((v) => v ?? null),
  keyMessage: optionalText(2000),
  /** Who informs: a participant, or a named person or office. */
  participantId: id.nullish().transform((v) => v ?? null),
  informedBy: optionalText(200),
  channel: optionalText(200),
  when: optionalText(200),
});

export const callListSchema = z.object({ staff: optionalText(200), contacts: optionalText(500) });

export const approvalSchema = z.object({ participantId: id, approvedAt: isoDateTime });

/** An extension: the old end date is kept, never overwritten. */
export const revisionSchema = z.object({
  date: isoDate,
  previousEndDate: isoDate,
  newEndDate: isoDate,
  reason: requiredText(2000),
  sspStatus: requiredText(4000),
});

export const evaluationSchema = z.object({
  worked: optionalText(4000),
  rightChannels: optionalText(4000),
  changes: optionalText(4000),
});

/** What a client may write; a draft may be incomplete, the rules decide when it may move on. */
export const actionPlanSchema = z.object({
  programmeId: id,
  incidentIds: z.array(id).min(1).max(50),
  status: z.enum(PLAN_STATUSES).default('draft'),
  startDate: optionalDate,
  endDate: optionalDate,
  situation: z
    .object({
      description: optionalText(5000),
      involvedCount: optionalCount,
      escalationRisk: z
        .enum(ESCALATION_RISKS)
        .nullish()
        .transform((v) => v ?? null),
    })
    .default({ description: null, involvedCount: null, escalationRisk: null }),
  purpose: optionalText(3000),
  targetGroups: optionalText(3000),
  interventions: z.array(interventionSchema).max(100).default([]),
  communications: z.array(communicationSchema).max(100).default([]),
  pressSpokespeople: z.array(id).max(20).default([]),
  callList: z.array(callListSchema).max(200).default([]),
  approvals: z.array(approvalSchema).max(100).default([]),
  /** Why the plan was activated without every signatory's approval. */
  activationOverride: optionalText(2000),
  revisions: z.array(revisionSchema).max(100).default([]),
  /** SSP's status of the interventions when the plan ends. */
  sspStatus: optionalText(4000),
  evaluation: evaluationSchema.nullish().transform((v) => v ?? null),
  /** Retsplejeloven § 115: for the response group only, never for the board. */
  confidentialNotes: optionalText(5000),
});

export type ActionPlanInput = z.infer<typeof actionPlanSchema>;

export interface PlanEvent {
  at: string;
  username: string | null;
  event: 'created' | 'status' | 'revised' | 'approval' | 'evaluated';
  from?: string;
  to?: string;
  note?: string;
  participantId?: number;
}

export interface ActionPlan extends ActionPlanInput {
  id: number;
  /** Status changes, revisions and approvals, appended by the server. */
  history: PlanEvent[];
}
