import type { RequestHandler, Response } from 'express';

/** A request no route took: one label, whatever its address. */
export const UNMATCHED = 'unmatched';
/** The panel's files, and its page for every address the panel routes in the browser. */
export const STATIC = 'static';

/** The mount path's parameters put back as names: `/api/users/17/directory-link` → `/api/users/:id/directory-link`. */
function patternOf(baseUrl: string, path: string, params: Record<string, string> | undefined): string {
  const names = new Map(Object.entries(params ?? {}).map(([name, value]) => [value, name]));
  const segments = baseUrl.split('/').map((segment) => {
    let value = segment;
    try {
      value = decodeURIComponent(segment);
    } catch {
      /* not encoded as a parameter would be: kept as it is */
    }
    const name = names.get(value);
    return name === undefined ? segment : `:${name}`;
  });
  return segments.join('/') + (path === '/' && baseUrl !== '' ? '' : path);
}

/**
 * Keeps the pattern of the route a request matched (`/api/incidents/:id`), never the address
 * asked. Taken at the moment Express matches the route, while the router's mount path is on
 * the request: an error thrown in the route leaves the router before the answer is written,
 * and with it the mount path.
 */
export const captureRoute: RequestHandler = (req, res, next) => {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      if (typeof value?.path === 'string')
        res.locals.matchedRoute = patternOf(req.baseUrl, value.path, req.params);
    },
  });
  next();
};

/** A router that knows its route better than its pattern says (`/api/:resource/:id`) names it. */
export function nameRoute(res: Response, label: string): void {
  res.locals.routeLabel = label;
}

/** The panel's files and page, under one label. */
export const asStatic =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') nameRoute(res, STATIC);
    handler(req, res, next);
  };

/** The request's route as metrics and logs name it: a pattern or a fixed word, never an id or a query. */
export const routeOf = (res: Response): string =>
  (res.locals.routeLabel as string | undefined) ??
  (res.locals.matchedRoute as string | undefined) ??
  UNMATCHED;
