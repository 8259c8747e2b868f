import { Router } from 'express';
import { asyncRoute } from '../http/asyncRoute';
import { retryMail } from '../changes/outbox';
import { escalationOfIncident } from '../changes/escalation';
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
 * The call-in's own routes, before the generic resources: mail and SMS status for the banner,
 * an incident's escalation timeline, "Send igen", its activation steps and the board's briefing.
 */
export function mailRoutes(
  store: Store,
  clock: () => Date,
  configured: { mail: boolean; sms: boolean },
): Router {
  const router = Router();
  // `configured`: SMTP_URL is set; `smsConfigured`: SMS_GATEWAY_URL, SMS_TOKEN and SMS_SENDER are.
  router.get('/mail/status', allowedAnywhere('list', 'notifications'), (_req, res) => {
    res.json({ configured: configured.mail, smsConfigured: configured.sms });
  });
  router.get('/incidents/:id/escalation', allowedAnywhere('list', 'notifications'), (req, res) => {
    res.json(escalationOfIncident(store, idOf(req.params.id), actorOf(req)));
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
