import { Router, type Request } from 'express';
import { asyncRoute } from '../http/asyncRoute';
import { actorOf, allowedAnywhere } from '../access/request';
import { assertIn } from '../access/programmeAccess';
import { shapeFor } from '../access/shaping';
import { closeRound, openRound } from '../changes/reportingRounds';
import { approveReport, returnReport, unapproveReport } from '../changes/reportingReview';
import { progressOf, storedRound } from '../changes/reportingState';
import { notFound } from '../errors/apiError';
import type { Store } from '../store/store';
import type { StoredRecord } from '../../domain/resources';

const ID = /^[1-9][0-9]{0,15}$/;
const idOf = (value: string | undefined) => {
  if (!value || !ID.test(value)) throw notFound();
  return Number(value);
};
const textOf = (req: Request, field: string) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : '';
};

/**
 * /api/reportingRounds/:id/…: opening (the links mailed) and closing a round, its progress
 * (the board reads it too: organisations and counts, never contacts), and the review of each
 * reporter's report: approve, return with a comment, undo an approval with a reason.
 */
export function reportingRoundRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  const shaped = (req: Request, record: unknown) =>
    shapeFor(store, actorOf(req), 'reportingRounds', record as StoredRecord, clock());
  const mayEdit = allowedAnywhere('edit', 'reportingRounds');
  const mayReview = allowedAnywhere('edit', 'measurements');

  router.post(
    '/:id/open',
    mayEdit,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(openRound(idOf(req.params.id), actorOf(req)));
      res.json(shaped(req, result));
    }),
  );
  router.post(
    '/:id/close',
    mayEdit,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(closeRound(idOf(req.params.id), actorOf(req)));
      res.json(shaped(req, result));
    }),
  );
  router.get('/:id/progress', allowedAnywhere('show', 'reportingRounds'), (req, res) => {
    const round = storedRound(store, idOf(req.params.id));
    assertIn(actorOf(req), 'show', 'reportingRounds', round.programmeId);
    const progress = progressOf(store, round);
    const name = (resource: 'indicators' | 'areas', id: number | null) =>
      id === null ? null : String(store.find(resource, id)?.name ?? '');
    res.json({
      ...progress,
      round: shaped(req, round),
      reporters: progress.reporters.map((r) => ({
        ...r,
        missing: r.missing.map((m) => ({
          ...m,
          indicator: name('indicators', m.indicatorId),
          area: name('areas', m.areaId),
        })),
      })),
    });
  });
  const review = (req: Request) => ({
    roundId: idOf(req.params.id),
    reporterId: idOf(req.params.reporterId),
  });
  router.post(
    '/:id/reporters/:reporterId/approve',
    mayReview,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(approveReport(review(req), actorOf(req)));
      res.json(result);
    }),
  );
  router.post(
    '/:id/reporters/:reporterId/return',
    mayReview,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(returnReport(review(req), textOf(req, 'comment'), actorOf(req)));
      res.json(result);
    }),
  );
  router.post(
    '/:id/reporters/:reporterId/unapprove',
    mayReview,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(
        unapproveReport(review(req), textOf(req, 'reason'), actorOf(req)),
      );
      res.json(result);
    }),
  );
  return router;
}
