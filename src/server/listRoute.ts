import type { RequestHandler } from 'express';
import { RESOURCES } from '../domain/resources';
import { sendList } from './listResponse';
import { parseListQuery } from './protocol';
import type { Target } from './resourceRoutes';
import { hiddenFields, readableFields, shapeRecord } from './shaping';
import type { Store } from './store/store';

/** GET /api/<resource>: the simple-rest list over one collection of the store. */
export function listRoute(store: Store, clock: () => Date): RequestHandler {
  return (req, res) => {
    const { resource } = res.locals.target as Target;
    const def = RESOURCES[resource];
    const role = req.user!.role;
    const fields = readableFields(def, role);
    const query = parseListQuery(req, fields);
    const now = clock();
    sendList(req, res, resource, store.table(resource), {
      fields,
      query,
      hidden: hiddenFields(def, role),
      derived: new Set(def.derived),
      view: def.view && ((r) => def.view!(r, now)),
      shape: (r) => shapeRecord(def, r, role, now),
    });
  };
}
