import { programmesWhere, type Grants } from '../../domain/access';
import { dashboardStart, type DashboardStart } from '../../domain/dashboardStart';
import { recordsOf } from '../store/records';
import type { ReadState } from '../store/types';

/**
 * What the dashboard needs to start, for the login answer and /api/auth/me: the programmes the
 * user may list (a board member only their own), so the panel asks for the statistics at once.
 */
export function dashboardStartFor(state: ReadState, grants: Grants): DashboardStart {
  // Asked at login too, before the request has a user: the grants of the user just signed in.
  const mine = programmesWhere(grants, 'list', 'programmes');
  return dashboardStart(
    {
      programmes: recordsOf(state, 'programmes'),
      indicators: recordsOf(state, 'indicators'),
      measurements: recordsOf(state, 'measurements'),
      incidents: recordsOf(state, 'incidents'),
    },
    (id) => mine === null || mine.has(id),
  );
}

/** The signed-in user as the login, its second step and /api/auth/me answer them. */
export const withDashboardStart = <U extends Grants>(state: ReadState, user: U) => ({
  ...user,
  dashboard: dashboardStartFor(state, user),
});
