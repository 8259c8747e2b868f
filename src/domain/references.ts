import type { ResourceName } from './resources';

/**
 * Every foreign key of the store, in one place: the server checks on write that the
 * target exists (400) and on delete that nothing points at the record (409).
 * `path` may step into arrays with `*`, e.g. `interventions.*.participantId`.
 */
export interface Reference {
  from: ResourceName;
  path: string;
  to: ResourceName;
  /** The target must belong to the same programme as the referring record. */
  sameProgramme?: boolean;
}

export const REFERENCES: readonly Reference[] = [
  { from: 'areas', path: 'programmeId', to: 'programmes' },
  { from: 'participants', path: 'programmeId', to: 'programmes' },
  { from: 'participants', path: 'deputyOfId', to: 'participants', sameProgramme: true },
  { from: 'incidents', path: 'programmeId', to: 'programmes' },
  { from: 'incidents', path: 'areaId', to: 'areas', sameProgramme: true },
  { from: 'incidentLogEntries', path: 'incidentId', to: 'incidents' },
  { from: 'incidentLogEntries', path: 'correctsId', to: 'incidentLogEntries' },
  { from: 'actionPlans', path: 'programmeId', to: 'programmes' },
  { from: 'actionPlans', path: 'incidentIds.*', to: 'incidents', sameProgramme: true },
  { from: 'actionPlans', path: 'interventions.*.participantId', to: 'participants', sameProgramme: true },
  { from: 'actionPlans', path: 'communications.*.participantId', to: 'participants', sameProgramme: true },
  { from: 'actionPlans', path: 'pressSpokespeople.*', to: 'participants', sameProgramme: true },
  { from: 'actionPlans', path: 'approvals.*.participantId', to: 'participants', sameProgramme: true },
  { from: 'indicators', path: 'programmeId', to: 'programmes' },
  { from: 'measurements', path: 'indicatorId', to: 'indicators' },
  { from: 'measurements', path: 'areaId', to: 'areas' },
  { from: 'yearLocks', path: 'programmeId', to: 'programmes' },
  { from: 'activities', path: 'programmeId', to: 'programmes' },
  { from: 'activityLogs', path: 'activityId', to: 'activities' },
  { from: 'activityLogs', path: 'areaId', to: 'areas' },
  // A mail keeps its recipient's name and address: a participant who leaves can be deleted.
  { from: 'notifications', path: 'incidentId', to: 'incidents' },
  { from: 'notifications', path: 'programmeId', to: 'programmes' },
  { from: 'reporters', path: 'programmeId', to: 'programmes' },
  { from: 'reporters', path: 'assignments.*.indicatorId', to: 'indicators', sameProgramme: true },
  { from: 'reporters', path: 'assignments.*.areaIds.*', to: 'areas', sameProgramme: true },
  { from: 'reporters', path: 'contacts.*.participantId', to: 'participants', sameProgramme: true },
  { from: 'reportingRounds', path: 'programmeId', to: 'programmes' },
  // A report keeps its organisation's name: a reporter who leaves can be removed, and its link stops.
  { from: 'reportingSubmissions', path: 'roundId', to: 'reportingRounds' },
];

/** The ids a record refers to through `path`, each with its concrete path (`interventions.2.participantId`). */
export function referencedIds(record: unknown, path: string): { id: number; path: string }[] {
  let values: { value: unknown; path: string[] }[] = [{ value: record, path: [] }];
  for (const step of path.split('.')) {
    values = values.flatMap(({ value, path: at }) => {
      if (value === null || typeof value !== 'object') return [];
      if (step !== '*') return [{ value: (value as Record<string, unknown>)[step], path: [...at, step] }];
      return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...at, String(i)] })) : [];
    });
  }
  return values.flatMap(({ value, path: at }) =>
    typeof value === 'number' ? [{ id: value, path: at.join('.') }] : [],
  );
}
