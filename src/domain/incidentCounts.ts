import { meetingStatus } from './deadlines';
import type { Incident } from './incidentRules';
import { LEVELS, type Level } from './levels';

type Counted = Pick<
  Incident,
  'programmeId' | 'level' | 'status' | 'responseDeadline' | 'meetingHeldAt' | 'meetingPlannedAt'
>;

/**
 * Open, and its response group has not met though the deadline has passed: the meeting still
 * owed. A meeting held late is no longer awaited (the list's `overdue` flag counts it too).
 */
export function awaitsOverdueMeeting(incident: Counted, now: Date): boolean {
  return incident.status === 'open' && meetingStatus(incident, now) === 'overdue';
}

/** Open incidents per programme and level, every level of every programme named (0 when none). */
export function openByProgrammeAndLevel(
  programmeIds: readonly number[],
  incidents: readonly Counted[],
): Map<number, Record<Level, number>> {
  const counts = new Map<number, Record<Level, number>>();
  const of = (id: number) => {
    let row = counts.get(id);
    if (!row) counts.set(id, (row = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>));
    return row;
  };
  for (const id of programmeIds) of(id);
  for (const i of incidents) if (i.status === 'open') of(i.programmeId)[i.level]++;
  return counts;
}

/** Open incidents awaiting a meeting past their deadline, per programme (0 for every programme named). */
export function overdueByProgramme(
  programmeIds: readonly number[],
  incidents: readonly Counted[],
  now: Date,
): Map<number, number> {
  const counts = new Map(programmeIds.map((id) => [id, 0]));
  for (const i of incidents)
    if (awaitsOverdueMeeting(i, now)) counts.set(i.programmeId, (counts.get(i.programmeId) ?? 0) + 1);
  return counts;
}
