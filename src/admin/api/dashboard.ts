import type { activityStats } from '../../domain/statistics/activities';
import type { incidentStats, responseStats } from '../../domain/statistics/incidents';
import type { kpiStats } from '../../domain/statistics/kpi';
import type { PeriodQuery } from './period';

export type IncidentStats = ReturnType<typeof incidentStats>;
export type ResponseStats = ReturnType<typeof responseStats>;
export type KpiStats = ReturnType<typeof kpiStats>;
export type IndicatorStats = KpiStats['indicators'][number];
export type ActivityStats = ReturnType<typeof activityStats>;

export interface ActivePlan {
  id: number;
  incidentIds: number[];
  startDate: string;
  endDate: string | null;
  endsSoon: boolean;
  statusOverdue: boolean;
}

export interface StaleContact {
  id: number;
  name: string;
  title: string | null;
  organisation: string | null;
  lastVerifiedAt: string | null;
}

/** GET /api/stats/dashboard: everything the board's page draws, in one answer. */
export interface DashboardData {
  period: PeriodQuery & { programmeName: string; label: string; from: string; to: string };
  incidents: IncidentStats;
  response: ResponseStats;
  kpi: KpiStats;
  activities: ActivityStats;
  activePlans: ActivePlan[];
  staleContacts: StaleContact[];
  /** The programme's contacts, all of them. */
  contacts: number;
  today: string;
}
