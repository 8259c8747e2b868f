import { errorMap, fieldErrors } from '../../domain/messages';
import { serverFields, type ResourceDef, type StoredRecord, type WriteContext } from '../../domain/resources';
import { ApiError, badRequest } from '../errors/apiError';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields a client may not set: the id and what the server computes. */
function withoutServerFields(def: ResourceDef, body: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...body };
  for (const key of serverFields(def)) delete copy[key];
  return copy;
}

/**
 * The record to store, from a create (no previous) or an update. An update is merged
 * over the stored record first, so a partial body never wipes fields, and the whole
 * result is validated.
 */
export function validateWrite(
  def: ResourceDef,
  body: unknown,
  previous: StoredRecord | undefined,
  ctx: WriteContext,
): Record<string, unknown> {
  if (!isPlainObject(body)) throw badRequest('Forespørgslen skal indeholde et JSON-objekt');
  const merged = previous
    ? { ...withoutServerFields(def, previous), ...withoutServerFields(def, body) }
    : withoutServerFields(def, body);
  const parsed = def.schema.safeParse(merged, { error: errorMap('da') });
  if (!parsed.success) throw badRequest('Ret de markerede felter', fieldErrors(parsed.error));
  const input = parsed.data as Record<string, unknown>;
  const errors = def.rules?.(input, previous, ctx) ?? {};
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede felter', errors);
  const conflict = def.conflict?.(input, previous, ctx);
  if (conflict) throw new ApiError(409, conflict);
  return def.derive ? def.derive(input, previous, ctx) : input;
}
