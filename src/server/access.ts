import type { RequestHandler } from 'express';
import { canAccess, type Action } from '../domain/roles';
import { ApiError } from './errors';

export const requireLogin: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new ApiError(401, 'Log ind for at fortsætte'));
};

const ACTIONS: Record<string, (hasId: boolean) => Action> = {
  GET: (hasId) => (hasId ? 'show' : 'list'),
  POST: () => 'create',
  PUT: () => 'edit',
  PATCH: () => 'edit',
  DELETE: () => 'delete',
};

/** The request's action on a resource, or undefined for a method we do not serve. */
export function actionOf(method: string, hasId: boolean): Action | undefined {
  return ACTIONS[method]?.(hasId);
}

/** 403 unless the user's role allows the action: the server, not the panel, enforces roles. */
export function requireAccess(resource: string, action: Action): RequestHandler {
  return (req, _res, next) => {
    next(
      canAccess(req.user?.role, action, resource)
        ? undefined
        : new ApiError(403, 'Din rolle giver ikke adgang til denne handling'),
    );
  };
}
