import type { RequestHandler } from 'express';
import { RESOURCES, type StoredRecord } from '../domain/resources';
import { sendList } from './listResponse';
import { parseListQuery } from './protocol';
import type { Target } from './resourceRoutes';
import { hiddenFields, readableFields, shapeRecord } from './shaping';
import type { Store } from './store';

/** GET /api/<resource>: the simple-rest list over one collection of the store. */
export function listRoute(store: Store, clock: () => Date): RequestHandler {
  return (req, res) => {
    const { resource } = res.locals.target as Target;
    const def = RESOURCES[resource];
    const role = req.user!.role;
    const fields = readableFields(def, role);
    const query = parseListQuery(req, fields);
    const now = clock();
    const touched = [...query.filters.map((f) => f.field), query.sort?.field];
    // Derived fields exist only on read, so compute them first when the query uses them.
    const needsView = def.view !== undefined && touched.some((f) => f && def.derived.includes(f));
    const source = store.getState()[resource] ?? [];
    const records: readonly StoredRecord[] = needsView ? source.map((r) => def.view!(r, now)) : source;
    sendList(req, res, resource, records, {
      fields,
      query,
      hidden: hiddenFields(def, role),
      shape: (r) => shapeRecord(def, r, role, now),
    });
  };
}
