import type { RequestHandler } from 'express';
import { listRole, programmeField, programmesWhere } from '../../domain/access';
import { RESOURCES, type ResourceName, type StoredRecord } from '../../domain/resources';
import type { ListOptions } from './listQuery';
import { actorOf } from '../access/actor';
import { sendList } from './listResponse';
import { programmeIn, roleFor } from '../access/programmeAccess';
import { parseListQuery } from './protocol';
import type { Target } from '../routes/resources';
import { hiddenFields, readableFields, shapeRecord } from '../access/shaping';
import type { Store } from '../store/store';

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
export function listRoute(store: Store, clock: () => Date): RequestHandler {
  return (req, res) => {
    const { resource } = res.locals.target as Target;
    const def = RESOURCES[resource];
    const user = req.user!;
    const actor = actorOf(req);
    // Across several programmes a list keeps the limits of the weakest role the user holds there.
    const role = listRole(user, resource) ?? 'board';
    const fields = readableFields(def, role);
    const query = parseListQuery(req, fields);
    const programmes = programmesWhere(user, 'list', resource);
    const now = clock();
    sendList(req, res, resource, store.table(resource), {
      fields,
      query,
      hidden: hiddenFields(def, role),
      scope: scopeOf(resource, programmes, (r) => programmeIn(store, resource, r)),
      derived: new Set(def.derived),
      view: def.view && ((r) => def.view!(r, now)),
      shape: (r) => shapeRecord(def, r, roleFor(store, actor, resource, r) ?? 'board', now),
    });
  };
}
