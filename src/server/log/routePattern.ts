import type { Request } from 'express';
import { isResourceName } from '../../domain/resources';

const PATTERN = Symbol('routePattern');

type Tracked = Request & { [PATTERN]?: string };

/**
 * Notes the pattern of each route a request reaches (`/api/incidents/:id`), for its log line
 * and metrics: never the raw URL, whose ids and searches are the users'. Express sets
 * `req.route` as it dispatches to a route; the mount (`req.baseUrl`) is only right at that
 * moment, since an error passed on unwinds it. Called first, before any router.
 */
export function trackRoute(req: Request): void {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: unknown) {
      route = value;
      (req as Tracked)[PATTERN] = patternOf(req, (value as { path?: unknown } | undefined)?.path);
    },
  });
}

/** The pattern of the last route the request reached, or undefined when none did (a 404, a refusal before routing). */
export const routePattern = (req: Request): string | undefined => (req as Tracked)[PATTERN];

function patternOf(req: Request, path: unknown): string {
  const params = req.params as Record<string, string | undefined>;
  const own = typeof path === 'string' ? path : '(mønster)';
  const keys = new Set([...own.matchAll(/:(\w+)/g)].map((m) => m[1]));
  // A mount with a parameter (`/api/users/:id/directory-link`) is in baseUrl as the value: named back.
  const inherited = Object.entries(params).filter(([name]) => !keys.has(name));
  const base = req.baseUrl
    .split('/')
    .map((segment) => {
      const name = segment && inherited.find(([, value]) => value === segment)?.[0];
      return name ? `:${name}` : segment;
    })
    .join('/');
  const pattern = base + (own === '/' && base ? '' : own);
  // Every REST resource shares one route; its name is one of a fixed few, so it is said.
  const resource = params.resource;
  return resource && isResourceName(resource) ? pattern.replace(':resource', resource) : pattern;
}
