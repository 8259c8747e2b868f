import type { RequestHandler } from 'express';
import type { Action } from '../domain/roles';
import { ApiError } from './errors';

export const requireLogin: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new ApiError(401, 'Log ind for at fortsætte'));
};

const ACTIONS: Record<string, (hasId: boolean) => Action | undefined> = {
  GET: (hasId) => (hasId ? 'show' : 'list'),
  POST: (hasId) => (hasId ? undefined : 'create'),
  PUT: (hasId) => (hasId ? 'edit' : undefined),
  PATCH: (hasId) => (hasId ? 'edit' : undefined),
  DELETE: (hasId) => (hasId ? 'delete' : undefined),
};

/** The request's action on a resource, or undefined for a method we do not serve. */
export function actionOf(method: string, hasId: boolean): Action | undefined {
  return ACTIONS[method]?.(hasId);
}

/**
 * Writes must be JSON. With the SameSite=Strict cookie this also shuts out cross-site
 * form posts, which can only send form or text content types.
 */
export const requireJsonWrites: RequestHandler = (req, _res, next) => {
  const writes = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  next(
    writes && !req.is('application/json')
      ? new ApiError(415, 'Data skal sendes som JSON (Content-Type: application/json)')
      : undefined,
  );
};
