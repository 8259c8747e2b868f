import type { z } from 'zod';
import { actionPlanErrors, clearedApprovals, derivePlanHistory, planFlags } from './actionPlanRules';
import { actionPlanSchema, type ActionPlan, type ActionPlanInput } from './actionPlanSchema';
import { activityLogSchema, activitySchema } from './activitySchemas';
import { areaSchema } from './areaSchema';
import { deriveIncident, incidentView, type Incident } from './incidentRules';
import { incidentLogEntrySchema } from './incidentLogSchema';
import { incidentLogErrors } from './incidentLogRules';
import type { IncidentInput } from './incidentSchema';
import { incidentSchema } from './incidentSchema';
import { indicatorSchema, measurementSchema, yearLockSchema } from './kpiSchemas';
import {
  activityLogErrors,
  deriveYearLock,
  indicatorErrors,
  lockedYearReason,
  measurementErrors,
  yearLockErrors,
} from './kpiRules';
import { participantView } from './participantRules';
import { participantSchema, type Participant } from './participantSchema';
import { notificationSchema, notificationView } from './notificationSchema';
import { reporterSchema, reportingRoundSchema, reportingSubmissionSchema } from './reportingSchemas';
import { approvedFigureReason, reporterConflict, reporterErrors, roundErrors } from './reportingRules';
import { DEMO_MARK, closedDaysOf, keepDemoMark, programmeSchema } from './programmeSchema';

import { RESOURCE_NAMES, VERSION, type ResourceName } from './resourceNames';
import type { StoredRecord, WriteContext } from './records';

export { RESOURCE_NAMES, VERSION, type ResourceName };
export type { StoredRecord, WriteContext };

type Fields = Record<string, unknown>;

export interface ResourceDef {
  /** Validates what a client may write; unknown keys are dropped. */
  schema: z.ZodObject;
  /** Never sent to a board user, nor searched, filtered or sorted on for one. */
  confidential: readonly string[];
  /** Sent only to the record's administrators (system or programme), like the Teams address. */
  adminOnly?: readonly string[];
  /** Stored fields the server computes on write (besides `version`); clients cannot set them. */
  computed: readonly string[];
  /** Fields added on every read, never stored. */
  derived: readonly string[];
  /** Rules across fields and records, as field errors; empty when the write may be stored. */
  rules?: (input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) => Record<string, string>;
  /** Adds the computed fields to a valid write; `previous` is the stored record on update. */
  derive?: (input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) => Fields;
  view?: (record: StoredRecord, now: Date) => StoredRecord;
  /** Records are never changed or deleted once written. */
  appendOnly?: boolean;
  /** Why this record may not be deleted, or undefined when it may (answered 409). */
  undeletable?: (record: StoredRecord, ctx: WriteContext) => string | undefined;
  /** Why this write conflicts with the state of things, e.g. a locked year (answered 409). */
  conflict?: (input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) => string | undefined;
  /** Danish nouns for messages: "området", "3 hændelser". */
  noun: { definite: string; singular: string; plural: string };
}

const as = <T>(value: unknown) => value as T;

export const RESOURCES: Record<ResourceName, ResourceDef> = {
  programmes: {
    schema: programmeSchema,
    confidential: [],
    adminOnly: ['teamsWebhookUrl'],
    computed: [DEMO_MARK],
    derived: [],
    derive: (input, previous) => keepDemoMark(input, previous),
    noun: { definite: 'helhedsplanen', singular: 'helhedsplan', plural: 'helhedsplaner' },
  },
  areas: {
    schema: areaSchema,
    confidential: [],
    computed: [],
    derived: [],
    noun: { definite: 'boligområdet', singular: 'boligområde', plural: 'boligområder' },
  },
  participants: {
    schema: participantSchema,
    confidential: [],
    computed: [],
    derived: ['stale', 'msisdn', 'phoneWarning'],
    view: (r, now) => as(participantView(as<Participant>(r), now)),
    noun: { definite: 'deltageren', singular: 'deltager', plural: 'deltagere' },
  },
  incidents: {
    schema: incidentSchema,
    confidential: ['confidentialNotes'],
    computed: ['responseDeadline', 'activationChecklist'],
    derived: ['responseGroup', 'meetingStatus', 'overdue'],
    derive: (input, previous, ctx) => ({
      ...as<Fields>(
        deriveIncident(
          as<IncidentInput>(input),
          as<Incident | undefined>(previous),
          ctx.now,
          closedDaysOf(ctx.find('programmes', input.programmeId as number)),
        ),
      ),
      // Ticked through its own route (src/server/changes/callIn.ts), kept by every other write.
      activationChecklist: previous?.activationChecklist ?? [],
    }),
    view: (r, now) => as(incidentView(as<Incident>(r), now)),
    noun: { definite: 'hændelsen', singular: 'hændelse', plural: 'hændelser' },
  },
  incidentLogEntries: {
    schema: incidentLogEntrySchema,
    confidential: ['confidentialNotes'],
    computed: ['author'],
    derived: [],
    appendOnly: true,
    rules: (input, _previous, ctx) => incidentLogErrors(input, ctx),
    derive: (input, _previous, ctx) => ({
      ...input,
      at: input.at ?? ctx.now.toISOString(),
      author: ctx.username,
    }),
    noun: { definite: 'logposten', singular: 'logpost', plural: 'logposter' },
  },
  actionPlans: {
    schema: actionPlanSchema,
    confidential: ['confidentialNotes'],
    computed: ['history'],
    derived: ['endsSoon', 'statusOverdue'],
    rules: (input, previous, ctx) => {
      const plan = as<ActionPlanInput>(input);
      const signatoryIds = ctx
        .all('participants')
        .filter((p) => p.programmeId === plan.programmeId && p.signsPlan === true)
        .map((p) => p.id);
      return actionPlanErrors(plan, as<ActionPlan | undefined>(previous), { signatoryIds });
    },
    derive: (input, previous, ctx) => ({
      ...input,
      approvals: clearedApprovals(as<ActionPlanInput>(input), as<ActionPlan | undefined>(previous)),
      history: derivePlanHistory(
        as<ActionPlanInput>(input),
        as<ActionPlan | undefined>(previous),
        ctx.now,
        ctx.username,
      ),
    }),
    view: (r, now) => ({ ...r, ...planFlags(as<ActionPlan>(r), now) }),
    undeletable: (r) =>
      r.status === 'draft' ? undefined : 'Kun en kladde kan slettes; en vedtaget plan afsluttes',
    noun: { definite: 'handleplanen', singular: 'handleplan', plural: 'handleplaner' },
  },
  indicators: {
    schema: indicatorSchema,
    confidential: [],
    computed: [],
    derived: [],
    rules: indicatorErrors,
    noun: { definite: 'indikatoren', singular: 'indikator', plural: 'indikatorer' },
  },
  measurements: {
    schema: measurementSchema,
    confidential: [],
    derived: [],
    // Where an approved figure came from (src/domain/reportingRules.ts); null when typed in.
    computed: ['provenance'],
    rules: measurementErrors,
    derive: (input) => ({ ...input, provenance: null }),
    // Both the year written and, on an update, the year it had: neither may be locked; nor an approved figure.
    conflict: (input, previous, ctx) =>
      lockedYearReason(input, ctx) ??
      (previous ? (lockedYearReason(previous, ctx) ?? approvedFigureReason(previous)) : undefined),
    undeletable: (record, ctx) => lockedYearReason(record, ctx) ?? approvedFigureReason(record),
    noun: { definite: 'målingen', singular: 'måling', plural: 'målinger' },
  },
  yearLocks: {
    schema: yearLockSchema,
    confidential: [],
    computed: ['lockedBy', 'lockedAt', 'unlockedBy', 'unlockedAt'],
    derived: [],
    rules: yearLockErrors,
    derive: deriveYearLock,
    undeletable: () => 'En lås slettes ikke; lås året op med en begrundelse',
    noun: { definite: 'låsen', singular: 'lås', plural: 'låse' },
  },
  activities: {
    schema: activitySchema,
    confidential: [],
    computed: [],
    derived: [],
    noun: { definite: 'aktiviteten', singular: 'aktivitet', plural: 'aktiviteter' },
  },
  activityLogs: {
    schema: activityLogSchema,
    confidential: [],
    computed: [],
    derived: [],
    rules: activityLogErrors,
    noun: { definite: 'logbogsposten', singular: 'logbogspost', plural: 'logbogsposter' },
  },
  notifications: {
    schema: notificationSchema,
    confidential: [],
    computed: [],
    derived: [],
    view: (r) => notificationView(r),
    noun: { definite: 'mailen', singular: 'mail', plural: 'mails' },
  },
  reporters: {
    schema: reporterSchema,
    // The board sees the organisations and what they owe, never the contact people.
    confidential: ['contacts'],
    computed: [],
    derived: [],
    rules: reporterErrors,
    conflict: reporterConflict,
    noun: { definite: 'indberetteren', singular: 'indberetter', plural: 'indberettere' },
  },
  reportingRounds: {
    schema: reportingRoundSchema,
    confidential: [],
    // Opened and closed by their own routes (src/server/routes/reportingRounds.ts), never by a PUT.
    computed: ['status', 'openedAt', 'closedAt'],
    derived: [],
    rules: (input) => roundErrors(input),
    derive: (input, previous) => ({
      ...input,
      status: previous?.status ?? 'draft',
      openedAt: previous?.openedAt ?? null,
      closedAt: previous?.closedAt ?? null,
    }),
    undeletable: (r) => (r.status === 'draft' ? undefined : 'Kun en runde, der ikke er åbnet, kan slettes'),
    noun: { definite: 'runden', singular: 'indberetningsrunde', plural: 'indberetningsrunder' },
  },
  reportingSubmissions: {
    schema: reportingSubmissionSchema,
    confidential: [],
    computed: [],
    derived: [],
    noun: { definite: 'indberetningen', singular: 'indberetning', plural: 'indberetninger' },
  },
};

/** The fields the server keeps for itself on every record: clients cannot set them. */
export function serverFields(def: ResourceDef): string[] {
  return ['id', VERSION, ...def.computed, ...def.derived];
}

export function isResourceName(name: string): name is ResourceName {
  return (RESOURCE_NAMES as readonly string[]).includes(name);
}
