import type { ActivityLog, SuccessCriterion } from './activitySchemas';
import type { AttainmentStatus } from './attainment';

export interface CriterionResult {
  actual: number | null;
  target: number | null;
  status: AttainmentStatus;
  /** For a per-area criterion: each area's figure; all must meet the target. */
  areas?: { areaId: number; actual: number; status: AttainmentStatus }[];
}

function measure(metric: SuccessCriterion['metric'], logs: readonly ActivityLog[]): number | null {
  switch (metric) {
    case 'participants':
      return logs.reduce((s, l) => s + l.participants, 0);
    case 'volunteers': {
      // Volunteers come back session after session: per area the most at once, then added up.
      const most = new Map<number | null, number>();
      for (const l of logs) most.set(l.areaId, Math.max(most.get(l.areaId) ?? 0, l.volunteers ?? 0));
      return [...most.values()].reduce((s, n) => s + n, 0);
    }
    case 'sessions':
      return logs.length;
    case 'unregistered':
      return null;
  }
}

const statusOf = (actual: number | null, target: number | null): AttainmentStatus =>
  actual === null || target === null ? 'noData' : actual >= target ? 'met' : 'notMet';

/** A success criterion against the log book entries of its period (already filtered by date). */
export function criterionResult(
  criterion: SuccessCriterion,
  logs: readonly ActivityLog[],
  areaIds: readonly number[],
): CriterionResult {
  const actual = measure(criterion.metric, logs);
  if (!criterion.perArea || actual === null)
    return { actual, target: criterion.target, status: statusOf(actual, criterion.target) };
  const areas = areaIds.map((areaId) => {
    const value =
      measure(
        criterion.metric,
        logs.filter((l) => l.areaId === areaId),
      ) ?? 0;
    return { areaId, actual: value, status: statusOf(value, criterion.target) };
  });
  const status = areas.length === 0 ? 'noData' : areas.every((a) => a.status === 'met') ? 'met' : 'notMet';
  return { actual, target: criterion.target, status, areas };
}
