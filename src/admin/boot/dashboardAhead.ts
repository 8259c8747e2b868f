import { copenhagenYear } from '../../domain/copenhagenDay';
import { openingYear } from '../../domain/dashboardStart';
import type { Me } from '../api/me';
import { periodQueryString } from '../api/period';
import { fetchAhead } from '../providers/fetchAhead';

/**
 * The dashboard's statistics asked for while its code still loads: for the programme and year
 * it opens on when nothing else was chosen before (periods/usePeriodParams decides; a wrong
 * guess is one answer nobody takes).
 */
export function dashboardStatisticsAhead(user: Me): void {
  const start = user.dashboard;
  const programme = start?.programmes.find((p) => p.id === start.programmeId);
  if (!programme) return;
  const year = openingYear(
    programme,
    { figures: programme.latestFigures, incidents: programme.latestIncidents },
    copenhagenYear(new Date()),
  );
  fetchAhead(
    `/api/stats/dashboard?${periodQueryString({ programmeId: programme.id, year, projectYear: false })}`,
  );
}
