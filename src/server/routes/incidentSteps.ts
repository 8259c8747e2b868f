import { Router } from 'express';
import { asyncRoute } from '../http/asyncRoute';
import { retryMail } from '../changes/outbox';
import { queueBoardBriefing, tickStep } from '../changes/steps';
import { notFound } from '../errors/apiError';
import { shapeFor } from '../access/shaping';
import type { Store } from '../store/store';
import { actorOf, allowedAnywhere } from '../access/request';

const ID = /^[1-9][0-9]{0,15}$/;

const idOf = (raw: string | undefined) => {
  if (!ID.test(raw ?? '')) throw notFound();
  return Number(raw);
};

/**
 * The call-in's own routes, before the generic resources: mail status for the banner,
 * "Send igen", an incident's activation steps and the board's briefing.
 */
export function mailRoutes(store: Store, clock: () => Date, configured: boolean): Router {
  const router = Router();
  router.get('/mail/status', allowedAnywhere('list', 'notifications'), (_req, res) => {
    res.json({ configured });
  });
  router.post(
    '/notifications/:id/retry',
    allowedAnywhere('list', 'notifications'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(retryMail(idOf(req.params.id), actorOf(req)));
      res.json(shapeFor(store, actorOf(req), 'notifications', result as never, clock()));
    }),
  );
  router.post(
    '/incidents/:id/steps',
    allowedAnywhere('edit', 'incidents'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(tickStep(idOf(req.params.id), req.body, actorOf(req)));
      res.json(shapeFor(store, actorOf(req), 'incidents', result, clock()));
    }),
  );
  router.post(
    '/incidents/:id/board-briefing',
    allowedAnywhere('edit', 'incidents'),
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(queueBoardBriefing(idOf(req.params.id), actorOf(req)));
      res.status(201).json(shapeFor(store, actorOf(req), 'notifications', result, clock()));
    }),
  );
  return router;
}
