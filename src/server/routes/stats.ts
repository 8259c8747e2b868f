import { Router, type RequestHandler } from 'express';
import { copenhagenDate } from '../../domain/copenhagenDay';
import { isStale } from '../../domain/participantRules';
import { planFlags } from '../../domain/actionPlanRules';
import type { ActionPlan } from '../../domain/actionPlanSchema';
import { ApiError } from '../errors/apiError';
import { activityStats } from '../../domain/statistics/activities';
import { incidentStats, responseStats } from '../../domain/statistics/incidents';
import { kpiStats } from '../../domain/statistics/kpi';
import type { Period } from '../../domain/statistics/period';
import { periodOf } from './period';
import type { Store } from '../store/store';

/** The plans of the programme running in the period, with their flags. */
function activePlans(store: Store, period: Period, now: Date) {
  return ((store.data.actionPlans ?? []) as unknown as ActionPlan[])
    .filter((p) => p.programmeId === period.programme.id && p.status === 'active')
    .map((p) => ({
      id: p.id,
      incidentIds: p.incidentIds,
      startDate: p.startDate,
      endDate: p.endDate,
      ...planFlags(p, now),
    }));
}

function staleContacts(store: Store, period: Period, now: Date) {
  return (store.data.participants ?? [])
    .filter(
      (p) =>
        p.programmeId === period.programme.id && isStale((p.lastVerifiedAt as string | null) ?? null, now),
    )
    .map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      organisation: p.organisation,
      lastVerifiedAt: p.lastVerifiedAt,
    }));
}

/**
 * /api/stats/*: the aggregates the dashboard draws, so it never downloads every incident.
 * Everyone logged in may read them; they carry no confidential field.
 */
export function statsRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (req.method !== 'GET') return next(new ApiError(405, 'Statistik kan kun læses'));
    next();
  });
  const route =
    (build: (period: Period, now: Date) => unknown): RequestHandler =>
    (req, res) => {
      const period = periodOf(req, store, 'list', 'stats');
      res.json({ period: describe(period), ...(build(period, clock()) as object) });
    };
  router.get(
    '/incidents',
    route((p) => incidentStats(store.data, p)),
  );
  router.get(
    '/response',
    route((p, now) => responseStats(store.data, p, now)),
  );
  router.get(
    '/kpi',
    route((p) => kpiStats(store.data, p)),
  );
  router.get(
    '/activities',
    route((p) => ({ activities: activityStats(store.data, p) })),
  );
  router.get(
    '/dashboard',
    route((p, now) => ({
      incidents: incidentStats(store.data, p),
      response: responseStats(store.data, p, now),
      kpi: kpiStats(store.data, p),
      activities: activityStats(store.data, p),
      activePlans: activePlans(store, p, now),
      staleContacts: staleContacts(store, p, now),
      // None at all is not "all verified": the card then says there are none yet.
      contacts: (store.data.participants ?? []).filter((c) => c.programmeId === p.programme.id).length,
      today: copenhagenDate(now),
    })),
  );
  return router;
}

const describe = (p: Period) => ({
  programmeId: p.programme.id,
  programmeName: p.programme.name,
  year: p.year,
  projectYear: p.projectYear,
  label: p.label,
  from: p.from,
  to: p.to,
});
