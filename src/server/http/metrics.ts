import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Histogram, Registry } from 'prom-client';
import { ApiError, notFound } from '../errors/apiError';
import { routeOf } from './routeLabel';

/** Every request's duration, observed when its answer is written (or the client has gone). */
export function timeRequests(histogram: Histogram<'method' | 'route' | 'status'>): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    let observed = false;
    const observe = () => {
      if (observed) return;
      observed = true;
      histogram.observe(
        { method: req.method, route: routeOf(req, res), status: String(res.statusCode) },
        (performance.now() - started) / 1000,
      );
    };
    res.once('finish', observe);
    res.once('close', observe);
    next();
  };
}

const digest = (text: string) => crypto.createHash('sha256').update(text).digest();

/**
 * GET /metrics in Prometheus's text format, only with `Authorization: Bearer <METRICS_TOKEN>`
 * (compared in constant time); without a token set, there is no such page (404).
 */
export function metricsRoute(token: string | undefined, registry: Registry | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, res, next) => {
    if (!expected || !registry) return next(notFound());
    const given = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!given || !crypto.timingSafeEqual(digest(given), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="metrics"');
      return next(new ApiError(401, 'Målingerne kræver den rigtige nøgle'));
    }
    registry
      .metrics()
      // Not res.send: it would write the content type's parameters in another order than Prometheus's.
      .then((text) =>
        res.set({ 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).end(text),
      )
      .catch(next);
  };
}
