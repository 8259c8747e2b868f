import type { ErrorRequestHandler } from 'express';

/** An error with an HTTP status and a Danish message the client may show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    /** More of the answer's body, e.g. the current record on a version conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) =>
  new ApiError(400, message, errors);
export const notFound = () => new ApiError(404, 'Ikke fundet');
/** The database cannot be reached; a commit is one transaction, so nothing is half-written. */
export const unavailable = () =>
  new ApiError(503, 'Databasen kan ikke nås lige nu. Prøv igen om lidt; intet er gemt halvt.');

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
  if (type === 'entity.too.large') {
    res.status(413).json({ message: 'Forespørgslen er for stor' });
    return;
  }
  if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
    res.status((err as { status: number }).status).json({ message: 'Ugyldig forespørgsel' });
    return;
  }
  console.error(err);
  res.status(500).json({ message: 'Der opstod en intern fejl' });
};
