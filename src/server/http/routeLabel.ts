import type { Request, RequestHandler, Response } from 'express';
import { routePattern } from '../log/routePattern';

/** A request no route took: one label, whatever its address. */
export const UNMATCHED = 'unmatched';
/** The panel's files, and its page for every address the panel routes in the browser. */
export const STATIC = 'static';

/** The panel's files and page, under one label. */
export const asStatic =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') res.locals.routeLabel = STATIC;
    handler(req, res, next);
  };

/**
 * The request's route as metrics and logs name it: the pattern of the route it reached
 * (log/routePattern.ts, noted as Express dispatched), or a fixed word; never an id or a query.
 */
export const routeOf = (req: Request, res: Response): string =>
  (res.locals.routeLabel as string | undefined) ?? routePattern(req) ?? UNMATCHED;
