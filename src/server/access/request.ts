import type { Request, RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';
import type { Actor } from './actor';
import { forbidden, mayAnywhereBy } from './programmeAccess';
import type { Action } from '../../domain/roles';

const actors = new WeakMap<Request, Actor>();

/**
 * The one door from a request to its grants: the logged-in user as the changes name them
 * and every access decision reads them, made once per request. Without a user it refuses
 * (401): an actor without a role is the operator's script, which reaches every programme.
 */
export function actorOf(req: Request): Actor {
  let actor = actors.get(req);
  if (!actor) {
    if (!req.user) throw new ApiError(401, 'Log ind for at fortsætte');
    actor = {
      userId: req.user.id,
      username: req.user.username,
      role: req.user.role,
      memberships: req.user.memberships,
    };
    actors.set(req, actor);
  }
  return actor;
}

/**
 * The gate in front of a route: refuses (403) what none of the user's roles allows in any
 * programme, before a record is looked at. Which programme is decided later, per record.
 */
export const allowedAnywhere =
  (action: Action, resource: string, message?: string): RequestHandler =>
  (req, _res, next) =>
    next(
      req.user && mayAnywhereBy(actorOf(req), action, resource)
        ? undefined
        : message
          ? new ApiError(403, message)
          : forbidden(),
    );
