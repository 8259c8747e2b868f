import type { z } from 'zod';
import { areaSchema } from './areaSchema';
import { incidentSchema } from './incidentSchema';
import { deriveIncident, incidentView, type Incident } from './incidentRules';
import type { IncidentInput } from './incidentSchema';
import { participantSchema, type Participant } from './participantSchema';
import { participantView } from './participantRules';
import { programmeSchema } from './programmeSchema';

export const RESOURCE_NAMES = ['programmes', 'areas', 'participants', 'incidents'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export type StoredRecord = { id: number } & Record<string, unknown>;

export interface ResourceDef {
  /** Validates what a client may write; unknown keys are dropped. */
  schema: z.ZodObject;
  /** Never sent to a board user, nor searched, filtered or sorted on for one. */
  confidential: readonly string[];
  /** Stored fields the server computes on write (besides `version`); clients cannot set them. */
  computed: readonly string[];
  /** Fields added on every read, never stored. */
  derived: readonly string[];
  /** Adds the computed fields to a validated write; `previous` is the stored record on update. */
  derive?: (
    input: Record<string, unknown>,
    previous: StoredRecord | undefined,
    now: Date,
  ) => Record<string, unknown>;
  view?: (record: StoredRecord, now: Date) => StoredRecord;
  /** Danish nouns for messages: "området", "3 hændelser". */
  noun: { definite: string; singular: string; plural: string };
}

export const RESOURCES: Record<ResourceName, ResourceDef> = {
  programmes: {
    schema: programmeSchema,
    confidential: [],
    computed: [],
    derived: [],
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
    derived: ['stale'],
    view: (r, now) => participantView(r as unknown as Participant, now) as unknown as StoredRecord,
    noun: { definite: 'deltageren', singular: 'deltager', plural: 'deltagere' },
  },
  incidents: {
    schema: incidentSchema,
    confidential: ['confidentialNotes'],
    computed: ['responseDeadline'],
    derived: ['responseGroup', 'meetingStatus', 'overdue'],
    derive: (input, previous, now) =>
      deriveIncident(
        input as unknown as IncidentInput,
        previous as unknown as Incident | undefined,
        now,
      ) as unknown as Record<string, unknown>,
    view: (r, now) => incidentView(r as unknown as Incident, now) as unknown as StoredRecord,
    noun: { definite: 'hændelsen', singular: 'hændelse', plural: 'hændelser' },
  },
};

/** Every record's write counter: an update naming an older version is refused (409). */
export const VERSION = 'version';

/** The fields the server keeps for itself on every record: clients cannot set them. */
export function serverFields(def: ResourceDef): string[] {
  return ['id', VERSION, ...def.computed, ...def.derived];
}

export function isResourceName(name: string): name is ResourceName {
  return (RESOURCE_NAMES as readonly string[]).includes(name);
}
