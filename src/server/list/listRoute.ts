import type { RequestHandler } from 'express';
import { programmeField } from '../../domain/access';
import { RESOURCES, type ResourceName, type StoredRecord } from '../../domain/resources';
import type { ListOptions } from './listQuery';
import { sendList } from './listResponse';
import { listRoleFor, programmeIn, programmesFor } from '../access/programmeAccess';
import { parseListQuery } from './protocol';
import { hiddenFields, readableFields, shapeFor } from '../access/shaping';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

/** A record's own programme field is a column the list scans; a parent's programme is looked up. */
function scopeOf(
  resource: ResourceName,
  programmes: ReadonlySet<number> | null,
  programmeOfRecord: (r: StoredRecord) => number | undefined,
): ListOptions['scope'] {
  if (!programmes) return undefined;
  const field = programmeField(resource);
  return field ? { field, values: programmes } : { test: (r) => programmes.has(programmeOfRecord(r) ?? 0) };
}

/**
 * GET /api/<resource>: the simple-rest list over one collection of the store, holding only
 * the user's programmes' records (so filters, search and counts never reach another's).
 */
export function listRoute(store: Store, clock: () => Date, resource: ResourceName): RequestHandler {
  const def = RESOURCES[resource];
  return (req, res) => {
    const actor = actorOf(req);
    // Across several programmes a list keeps the limits of the weakest role the user holds there.
    const role = listRoleFor(actor, resource) ?? 'board';
    const fields = readableFields(def, role);
    const query = parseListQuery(req, fields);
    const programmes = programmesFor(actor, 'list', resource);
    const now = clock();
    sendList(req, res, resource, store.table(resource), {
      fields,
      query,
      hidden: hiddenFields(def, role),
      scope: scopeOf(resource, programmes, (r) => programmeIn(store, resource, r)),
      derived: new Set(def.derived),
      view: def.view && ((r) => def.view!(r, now)),
      shape: (r) => shapeFor(store, actor, resource, r, now),
    });
  };
}
