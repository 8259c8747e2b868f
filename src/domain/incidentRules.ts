import { meetingStatus, isOverdue, responseDeadline, type MeetingStatus } from './deadlines';
import type { IncidentInput } from './incidentSchema';
import type { ExtraClosedDay } from './workingDays';
import type { ResponseGroup } from './participantSchema';

/** One activation step ticked: which, when and by whom. */
export type ChecklistItem = { step: string; doneAt: string; doneBy: string | null };

export interface Incident extends Omit<IncidentInput, 'levelSetAt'> {
  id: number;
  levelSetAt: string;
  /** Computed by the server from level and levelSetAt; never typed in. */
  responseDeadline: string | null;
  /** The activation steps ticked, by whom and when (src/server/changes/steps.ts). */
  activationChecklist?: ChecklistItem[];
}

export interface IncidentView extends Incident {
  responseGroup: ResponseGroup;
  meetingStatus: MeetingStatus;
  overdue: boolean;
}

/**
 * The fields the server stores beyond the client's input. A changed level restarts
 * the clock unless the client states when the new level was set.
 */
export function deriveIncident(
  input: IncidentInput,
  previous: Incident | undefined,
  now: Date,
  closed: readonly ExtraClosedDay[] = [],
): Omit<Incident, 'id'> {
  const levelChanged = previous !== undefined && previous.level !== input.level;
  const stated = input.levelSetAt && !(levelChanged && input.levelSetAt === previous.levelSetAt);
  const fallback = previous && !levelChanged ? previous.levelSetAt : now.toISOString();
  let levelSetAt = stated ? input.levelSetAt! : fallback;
  if (levelSetAt < input.occurredAt) levelSetAt = input.occurredAt;
  return { ...input, levelSetAt, responseDeadline: responseDeadline(input.level, levelSetAt, closed) };
}

/** Group 2 meets when there is a police case, group 1 otherwise. */
export function responseGroupFor(policeCase: boolean): ResponseGroup {
  return policeCase ? 2 : 1;
}

export function incidentView(incident: Incident, now: Date): IncidentView {
  const status = meetingStatus(incident, now);
  return {
    ...incident,
    responseGroup: responseGroupFor(incident.policeCase),
    meetingStatus: status,
    overdue: isOverdue(status),
  };
}
