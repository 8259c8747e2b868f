import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { trackRoute } from '../log/routePattern';
import { routeOf } from './routeLabel';

/** An id a proxy may hand on: short, and nothing a log line or a header could trip on. */
const SANE_ID = /^[A-Za-z0-9._-]{1,128}$/;

type TrustFn = (address: string, hop: number) => boolean;

/**
 * The proxy's X-Request-Id, when the request came straight from a proxy the app trusts
 * (`TRUST_PROXY`) and the id looks sane; else a new one. Anyone else could plant ids to
 * muddle the logs.
 */
function requestIdOf(req: Request): string {
  const incoming = req.headers['x-request-id'];
  const peer = req.socket.remoteAddress;
  const trusted = req.app.get('trust proxy fn') as TrustFn | undefined;
  if (typeof incoming === 'string' && SANE_ID.test(incoming) && peer && trusted?.(peer, 0)) return incoming;
  return crypto.randomUUID();
}

/** What a request's line says: never its URL, headers or body. */
function lineOf(req: IncomingMessage, res: ServerResponse, responseTime: number) {
  const request = req as Request;
  return {
    method: request.method,
    route: routeOf(request, res as Response),
    status: res.statusCode,
    ms: responseTime,
    userId: request.user?.id,
  };
}

/**
 * First in the chain: a request id per request (also in the answer's `X-Request-Id`, and on
 * `req.log`'s lines), and one line when the request is answered. A failure's error, put on
 * `res.err` by the error handler, goes in that line.
 */
export function requestLog(logger: Logger): RequestHandler {
  const middleware = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req as Request);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    quietReqLogger: true,
    quietResLogger: true,
    wrapSerializers: false,
    // Only for the binding pino-http makes and never writes here: nothing of the request in it.
    serializers: { req: (req: IncomingMessage) => ({ method: req.method }) },
    // A refusal the server means (503 unreachable database, 507 full disk) is a warning; a fault is an error.
    customLogLevel: (_req, res) =>
      (res as ServerResponse & { err?: Error }).err ? 'error' : res.statusCode >= 500 ? 'warn' : 'info',
    customSuccessObject: (req, res, val: { responseTime: number }) => lineOf(req, res, val.responseTime),
    // Only the error the handler put on the answer: pino-http's own "failed with status code" says nothing.
    customErrorObject: (req, res, _err, val: { responseTime: number }) => {
      const err = (res as ServerResponse & { err?: Error }).err;
      return { ...lineOf(req, res, val.responseTime), ...(err ? { err } : {}) };
    },
    customSuccessMessage: (_req, res) => (res.writableEnded ? 'besvaret' : 'afbrudt'),
    customErrorMessage: () => 'fejlede',
  });
  return (req, res, next) => {
    trackRoute(req);
    middleware(req, res, next);
  };
}
