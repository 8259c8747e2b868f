import type { ErrorRequestHandler } from 'express';
import { ApiError } from '../errors/apiError';
import { NOT_UTF8 } from './jsonDepth';

/** Last in the chain: every error becomes JSON, and no stack or path ever leaves the server. */
export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof ApiError) {
    res
      .status(err.status)
      .json({ message: err.message, ...(err.errors ? { errors: err.errors } : {}), ...err.extra });
    return;
  }
  const type = (err as { type?: string }).type;
  if (type === 'entity.parse.failed') {
    res.status(400).json({ message: 'Ugyldig JSON i forespørgslen', errors: {} });
    return;
  }
  // A charset that is no UTF at all (latin1) body-parser refuses itself, before verify: the same answer.
  if (type === 'charset.unsupported') {
    res.status(415).json({ message: NOT_UTF8 });
    return;
  }
  if (type === 'entity.too.large') {
    res.status(413).json({ message: 'Forespørgslen er for stor' });
    return;
  }
  if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
    res.status((err as { status: number }).status).json({ message: 'Ugyldig forespørgsel' });
    return;
  }
  // The request's log line carries it, with its request id (http/requestLog.ts).
  res.err = err instanceof Error ? err : new Error(String(err));
  res.status(500).json({ message: 'Der opstod en intern fejl' });
};
