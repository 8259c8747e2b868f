import { Router, type RequestHandler } from 'express';
import { RESOURCES } from '../../domain/resources';
import { mayAnywhere } from '../../domain/access';
import { actorOf } from '../access/actor';
import { asyncRoute } from '../http/asyncRoute';
import { retryMail } from '../changes/outbox';
import { queueBoardBriefing, tickStep } from '../changes/steps';
import { ApiError, notFound } from '../errors/apiError';
import { shapeRecord } from '../access/shaping';
import type { Store } from '../store/store';

const ID = /^[1-9][0-9]{0,15}$/;

const idOf = (raw: string | undefined) => {
  if (!ID.test(raw ?? '')) throw notFound();
  return Number(raw);
};

const allowed =
  (action: 'edit' | 'list', resource: string): RequestHandler =>
  (req, _res, next) =>
    next(
      req.user && mayAnywhere(req.user, action, resource)
        ? undefined
        : new ApiError(403, 'Din rolle giver ikke adgang til denne handling'),
    );

/**
 * The call-in's own routes, before the generic resources: mail status for the banner,
 * "Send igen", an incident's activation steps and the board's briefing.
 */
export function mailRoutes(store: Store, clock: () => Date, configured: boolean): Router {
  const router = Router();
  router.get('/mail/status', allowed('list', 'notifications'), (_req, res) => {
    res.json({ configured });
  });
  router.post(
    '/notifications/:id/retry',
    allowed('list', 'notifications'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(retryMail(idOf(req.params.id), actorOf(req)));
      res.json(shapeRecord(RESOURCES.notifications, result as never, req.user!.role, clock()));
    }),
  );
  router.post(
    '/incidents/:id/steps',
    allowed('edit', 'incidents'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(tickStep(idOf(req.params.id), req.body, actorOf(req)));
      // Whoever may tick a step is at least an editor there: nothing of the incident is hidden from them.
      res.json(shapeRecord(RESOURCES.incidents, result, 'editor', clock()));
    }),
  );
  router.post(
    '/incidents/:id/board-briefing',
    allowed('edit', 'incidents'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(queueBoardBriefing(idOf(req.params.id), actorOf(req)));
      res.status(201).json(shapeRecord(RESOURCES.notifications, result, req.user!.role, clock()));
    }),
  );
  return router;
}
