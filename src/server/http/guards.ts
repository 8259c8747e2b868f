import type { RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';

export const requireLogin: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new ApiError(401, 'Log ind for at fortsætte'));
};

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

/** Half a surrogate pair, or a NUL character. */
// eslint-disable-next-line no-control-regex -- the NUL character is what is looked for
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** The path of the first text that no database can store. */
function unstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorableText(key, path) ?? unstorableText(inner, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Text must be text: JSON lets a client send half a surrogate pair or a NUL character,
 * which PostgreSQL refuses to store. Both engines refuse it the same way, up front.
 */
export const requireStorableText: RequestHandler = (req, _res, next) => {
  const field = unstorableText(req.body, '');
  next(
    field === undefined
      ? undefined
      : new ApiError(400, 'Teksten indeholder tegn, der ikke kan gemmes', {
          [field.split('.')[0] || 'body']: 'Ugyldige tegn',
        }),
  );
};
