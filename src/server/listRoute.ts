import type { RequestHandler } from 'express';
import { RESOURCES, type StoredRecord } from '../domain/resources';
import { runListQuery } from './listQuery';
import { contentRange, parseListQuery } from './protocol';
import type { Target } from './resourceRoutes';
import { hiddenFields, readableFields, shapeRecord } from './shaping';
import type { Store } from './store';

/** GET /api/<resource>: the simple-rest list, with Content-Range for the provider's total. */
export function listRoute(store: Store, clock: () => Date): RequestHandler {
  return (req, res) => {
    const { resource } = res.locals.target as Target;
    const def = RESOURCES[resource];
    const role = req.user!.role;
    const query = parseListQuery(req, readableFields(def, role));
    const now = clock();
    const touched = [...query.filters.map((f) => f.field), query.sort?.field];
    // Derived fields exist only on read, so compute them first when the query uses them.
    const needsView = def.view !== undefined && touched.some((f) => f && def.derived.includes(f));
    const source = store.getState()[resource] ?? [];
    const records: readonly StoredRecord[] = needsView ? source.map((r) => def.view!(r, now)) : source;
    const { total, page, start } = runListQuery(records, query, hiddenFields(def, role));
    res.set('Content-Range', contentRange(resource, start, page.length, total));
    res.set('Access-Control-Expose-Headers', 'Content-Range');
    res.json(page.map((r) => shapeRecord(def, r, role, now)));
  };
}
