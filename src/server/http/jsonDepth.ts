import type { RequestHandler } from 'express';
import { ApiError } from '../errors/apiError';

/** Deeper than any form the panel sends; far below what would exhaust the stack of a walk over the body. */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep the brackets of a JSON text nest, counted on its bytes, outside strings, without parsing it. */
export function jsonDepth(body: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) deepest = Math.max(deepest, ++depth);
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
  return deepest;
}

/** How deep a parsed value nests (a scalar 0, `[]` 1), walked without recursion; counting stops past `limit`. */
export function valueDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [inner, depth] = stack.pop()!;
    if (inner === null || typeof inner !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(inner)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const NOT_UTF8 = 'Data skal sendes som UTF-8';

const tooDeep = () =>
  new ApiError(400, 'Data er indlejret for dybt', { body: `Højst ${MAX_JSON_DEPTH} niveauer` });

/**
 * express.json's `verify`: a body nested deeper than any real request is refused before it
 * is parsed, so no recursive walk over it (checks, the store, the audit) can overflow the stack.
 * The bytes are counted as UTF-8, so the body must be UTF-8: in UTF-16 a character's bytes can
 * look like a quote and hide the brackets after it. `encoding` is the charset body-parser will
 * decode with (utf-8 when the request names none).
 */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding !== 'utf-8') throw new ApiError(415, NOT_UTF8);
  if (jsonDepth(body) > MAX_JSON_DEPTH) throw tooDeep();
}

/** The parsed body measured again, whatever decoded it: nothing deeper than the limit goes on to be stored. */
export const refuseDeepValue: RequestHandler = (req, _res, next) => {
  next(valueDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH ? tooDeep() : undefined);
};
