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
 * The record a write proposes, checked against its schema alone (nothing of the state is
 * read yet): from a create (no previous) or an update, which is merged over the stored
 * record first, so a partial body never wipes fields.
 */
export function parseWrite(
  def: ResourceDef,
  body: unknown,
  previous: StoredRecord | undefined,
): Record<string, unknown> {
  if (!isPlainObject(body)) throw badRequest('Forespørgslen skal indeholde et JSON-objekt');
  const merged = previous
    ? { ...withoutServerFields(def, previous), ...withoutServerFields(def, body) }
    : withoutServerFields(def, body);
  const parsed = def.schema.safeParse(merged, { error: errorMap('da') });
  if (!parsed.success) throw badRequest('Ret de markerede felter', fieldErrors(parsed.error));
  return parsed.data as Record<string, unknown>;
}

/** The resource's rules over a parsed record, and what the server derives from it. */
export function applyRules(
  def: ResourceDef,
  input: Record<string, unknown>,
  previous: StoredRecord | undefined,
  ctx: WriteContext,
): Record<string, unknown> {
  const errors = def.rules?.(input, previous, ctx) ?? {};
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede felter', errors);
  const conflict = def.conflict?.(input, previous, ctx);
  if (conflict) throw new ApiError(409, conflict);
  return def.derive ? def.derive(input, previous, ctx) : input;
}

/** Both steps, for a write whose programme is already decided (the year's grid). */
export const validateWrite = (
  def: ResourceDef,
  body: unknown,
  previous: StoredRecord | undefined,
  ctx: WriteContext,
) => applyRules(def, parseWrite(def, body, previous), previous, ctx);
