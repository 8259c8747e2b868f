import { criterionResult } from '../activityAttainment';
import type { Activity, ActivityLog } from '../activitySchemas';
import { yearRange } from '../projectYear';
import type { Db, Period } from './period';

/**
 * Registered sessions against each activity's success criteria: per project year (the
 * period's year, as a project year), or over the programme period up to its end.
 */
export function activityStats(db: Db, period: Period) {
  const state = db;
  const programme = period.programme;
  const projectYear = yearRange(period.year, true, Number(programme.projectYearStartMonth ?? 1));
  const areaIds = (state.areas ?? []).filter((a) => a.programmeId === programme.id).map((a) => a.id);
  const activities = (state.activities ?? []).filter(
    (a) => a.programmeId === programme.id,
  ) as unknown as Activity[];
  const logs = (state.activityLogs ?? []) as unknown as ActivityLog[];
  return activities.map((activity) => {
    const own = logs.filter((l) => l.activityId === activity.id);
    return {
      activity: { id: activity.id, name: activity.name, focusArea: activity.focusArea },
      criteria: activity.successCriteria.map((criterion) => {
        const from = criterion.scope === 'projectYear' ? projectYear.from : String(programme.periodStart);
        const inScope = own.filter((l) => l.date >= from && l.date <= projectYear.to);
        return { ...criterion, ...criterionResult(criterion, inScope, areaIds) };
      }),
    };
  });
}
