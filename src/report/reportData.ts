import { planFlags } from '../domain/actionPlanRules';
import type { ActionPlan } from '../domain/actionPlanSchema';
import { meetingStatus } from '../domain/deadlines';
import type { Incident } from '../domain/incidentRules';
import { isStale } from '../domain/participantRules';
import type { Participant } from '../domain/participantSchema';
import type { Role } from '../domain/roles';
import { activityStats } from '../domain/statistics/activities';
import { incidentStats, responseStats } from '../domain/statistics/incidents';
import { kpiStats } from '../domain/statistics/kpi';
import type { Db, Period } from '../domain/statistics/period';

export interface ReportOptions {
  role: Role;
  /** Who made the workbook, for the overview sheet. */
  madeBy: string;
  now: Date;
}

/** The last day a plan covers: its end date, which a revision moves forward. */
const planEnd = (p: ActionPlan) => p.endDate ?? p.startDate;
const planStart = (p: ActionPlan) => p.startDate ?? p.history[0]?.at.slice(0, 10) ?? null;

/** Everything the yearly workbook shows, computed by the domain from the store's data. */
export function reportData(db: Db, period: Period, options: ReportOptions) {
  const programmeId = period.programme.id;
  const of = <T>(name: string) =>
    (db[name] ?? []).filter((r) => r.programmeId === programmeId) as unknown as T[];
  const areas = of<{ id: number; name: string }>('areas');
  const incidents = of<Incident>('incidents')
    .filter((i) => i.occurredAt >= period.fromInstant && i.occurredAt <= period.toInstant)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const plans = of<ActionPlan>('actionPlans').filter((p) => {
    const start = planStart(p);
    const end = planEnd(p) ?? start;
    return start !== null && start <= period.to && (end ?? start) >= period.from;
  });
  const participants = of<Participant>('participants');
  return {
    period,
    options,
    areas,
    incidents: incidents.map((i) => ({
      ...i,
      meetingStatus: meetingStatus(i, options.now),
      planIds: plans.filter((p) => p.incidentIds.includes(i.id)).map((p) => p.id),
    })),
    plans: plans.map((p) => ({ ...p, ...planFlags(p, options.now) })),
    participants: participants.map((p) => ({ ...p, stale: isStale(p.lastVerifiedAt, options.now) })),
    counts: incidentStats(db, period),
    response: responseStats(db, period, options.now),
    kpi: kpiStats(db, period),
    activities: activityStats(db, period),
    reporting: { db, period },
  };
}

export type ReportData = ReturnType<typeof reportData>;
