import type { Request, RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';
import type { Actor } from './actor';
import { mayAnywhereBy } from './programmeAccess';
import type { Action } from '../../domain/roles';

const actors = new WeakMap<Request, Actor>();

/**
 * The one door from a request to its grants: the logged-in user as the changes name them
 * and every access decision reads them, made once per request.
 */
export function actorOf(req: Request): Actor {
  let actor = actors.get(req);
  if (!actor) {
    actor = {
      userId: req.user?.id ?? null,
      username: req.user?.username ?? null,
      role: req.user?.role ?? null,
      memberships: req.user?.memberships ?? [],
    };
    actors.set(req, actor);
  }
  return actor;
}

const ROLE_REFUSED = 'Din rolle giver ikke adgang til denne handling';

/**
 * The gate in front of a route: refuses (403) what none of the user's roles allows in any
 * programme, before a record is looked at. Which programme is decided later, per record.
 */
export const allowedAnywhere =
  (action: Action, resource: string, message = ROLE_REFUSED): RequestHandler =>
  (req, _res, next) =>
    next(req.user && mayAnywhereBy(actorOf(req), action, resource) ? undefined : new ApiError(403, message));
