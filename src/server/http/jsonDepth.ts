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

/**
 * express.json's `verify`: a body nested deeper than any real request is refused before it
 * is parsed, so no recursive walk over it (checks, the store, the audit) can overflow the stack.
 */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonDepth(body) > MAX_JSON_DEPTH)
    throw new ApiError(400, 'Data er indlejret for dybt', { body: `Højst ${MAX_JSON_DEPTH} niveauer` });
}
