import { Router, type RequestHandler } from 'express';
import { settingsSchema } from '../../domain/settings';
import { asyncRoute } from '../http/asyncRoute';
import { settingsOf, updateSettings } from '../changes/settings';
import { ApiError } from '../errors/apiError';
import { parseWith } from '../identity/users';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

/** The settings reach every programme: the system administrator's alone, not a programme administrator's. */
const systemAdministrator: RequestHandler = (req, _res, next) =>
  next(
    actorOf(req).role === 'admin'
      ? undefined
      : new ApiError(403, 'Kun systemadministratoren kan se og ændre indstillingerne'),
  );

/** /api/settings: `{secondFactor: 'none'|'admins'|'everyone'}`, who must sign in with a second factor. */
export function settingsRoutes(store: Store): Router {
  const router = Router();
  router.use(systemAdministrator);
  router.get('/', (_req, res) => {
    res.json(settingsOf(store));
  });
  router.put(
    '/',
    asyncRoute(async (req, res) => {
      const settings = parseWith(settingsSchema, req.body);
      const { result } = await store.commit(updateSettings(settings, actorOf(req)));
      res.json(result);
    }),
  );
  return router;
}
