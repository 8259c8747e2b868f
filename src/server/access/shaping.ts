import type { Role } from '../../domain/roles';
import {
  RESOURCES,
  serverFields,
  type ResourceDef,
  type ResourceName,
  type StoredRecord,
} from '../../domain/resources';
import type { ReadState } from '../store/types';
import type { Actor } from './actor';
import { roleFor } from './programmeAccess';

/** The fields a role may read, filter, sort and search on. */
export function readableFields(def: ResourceDef, role: Role): Set<string> {
  const all = [...Object.keys(def.schema.shape), ...serverFields(def)];
  const hidden = hiddenFields(def, role);
  return new Set(all.filter((f) => !hidden.has(f)));
}

export function hiddenFields(def: ResourceDef, role: Role): Set<string> {
  const admin = role === 'admin' || role === 'programmeAdmin';
  return new Set([...(role === 'board' ? def.confidential : []), ...(admin ? [] : (def.adminOnly ?? []))]);
}

/** What leaves the server: derived fields added, confidential ones removed for the board. */
export function shapeRecord(def: ResourceDef, record: StoredRecord, role: Role, now: Date): StoredRecord {
  const view = def.view ? def.view(record, now) : { ...record };
  for (const field of hiddenFields(def, role)) delete view[field];
  return view;
}

/**
 * The one way an answer is shaped: for the user's role in the record's own programme, so a
 * board member there gets no confidential field, whatever they are elsewhere.
 */
export function shapeFor(
  state: ReadState,
  actor: Actor,
  resource: ResourceName,
  record: StoredRecord,
  now: Date,
): StoredRecord {
  return shapeRecord(RESOURCES[resource], record, roleFor(state, actor, resource, record) ?? 'board', now);
}
