import type { Role } from '../../domain/roles';
import { serverFields, type ResourceDef, type StoredRecord } from '../../domain/resources';

/** The fields a role may read, filter, sort and search on. */
export function readableFields(def: ResourceDef, role: Role): Set<string> {
  const all = [...Object.keys(def.schema.shape), ...serverFields(def)];
  const hidden = hiddenFields(def, role);
  return new Set(all.filter((f) => !hidden.has(f)));
}

export function hiddenFields(def: ResourceDef, role: Role): Set<string> {
  return new Set(role === 'board' ? def.confidential : []);
}

/** What leaves the server: derived fields added, confidential ones removed for the board. */
export function shapeRecord(def: ResourceDef, record: StoredRecord, role: Role, now: Date): StoredRecord {
  const view = def.view ? def.view(record, now) : { ...record };
  for (const field of hiddenFields(def, role)) delete view[field];
  return view;
}
