import { Router, type Request, type RequestHandler, type Response } from 'express';
import jsonServer from 'json-server';
import { RESOURCES, isResourceName, type ResourceName, type StoredRecord } from '../domain/resources';
import { canAccess } from '../domain/roles';
import { actionOf } from './access';
import { ApiError, notFound } from './errors';
import { assertDeletable, checkReferences } from './integrity';
import { listRoute } from './listRoute';
import { shapeRecord } from './shaping';
import type { Store } from './store';
import { validateWrite } from './validation';

/** No key ends like this, so json-server's cascade delete finds nothing to remove. */
const NO_CASCADE = '__no_cascade__';
const ID = /^[1-9][0-9]{0,15}$/;

export interface Target {
  resource: ResourceName;
  id?: number;
}

function parseTarget(req: Request): Target {
  const [name, id, ...rest] = req.path.split('/').filter(Boolean);
  if (!name || !isResourceName(name) || rest.length > 0 || (id !== undefined && !ID.test(id)))
    throw notFound();
  return { resource: name, id: id === undefined ? undefined : Number(id) };
}

export const targetOf = (res: Response) => res.locals.target as Target;

function find(store: Store, t: Target): StoredRecord {
  const record = store.getState()[t.resource]?.find((r) => r.id === t.id);
  if (!record) throw notFound();
  return record;
}

/** Resolves the resource and id, and refuses what the user's role may not do. */
const gate: RequestHandler = (req, res, next) => {
  const t = parseTarget(req);
  const action = actionOf(req.method, t.id !== undefined);
  if (!action) throw new ApiError(405, 'Metoden understøttes ikke');
  if (!canAccess(req.user?.role, action, t.resource))
    throw new ApiError(403, 'Din rolle giver ikke adgang til denne handling');
  // json-server honours both: a method override would turn a checked POST into an
  // unchecked DELETE, and _embed would pull in records without shaping them.
  delete req.headers['x-http-method-override'];
  if (action !== 'list') req.query = {};
  res.locals.target = t;
  next();
};

function writeHandler(store: Store, clock: () => Date): RequestHandler {
  return (req, res, next) => {
    const t = targetOf(res);
    const previous = t.id === undefined ? undefined : find(store, t);
    req.body = validateWrite(RESOURCES[t.resource], req.body, previous, clock());
    checkReferences(store, t.resource, req.body as Record<string, unknown>, t.id);
    next();
  };
}

function deleteHandler(store: Store, clock: () => Date): RequestHandler {
  return (req, res) => {
    const t = targetOf(res);
    const record = find(store, t);
    assertDeletable(store, t.resource, t.id!);
    store
      .set(
        t.resource,
        store.getState()[t.resource]!.filter((r) => r.id !== t.id),
      )
      .write();
    // The provider's delete and deleteMany need the record back; json-server answers {}.
    res.json(shapeRecord(RESOURCES[t.resource], record, req.user!.role, clock()));
  };
}

/**
 * The REST resources: our checks in front, json-server's router behind for reading
 * one record, creating and updating (it assigns ids and persists). Lists and deletes
 * are ours: json-server's search reads confidential fields and its delete cascades.
 */
export function resourceRoutes(store: Store, clock: () => Date): Router {
  const jsonRouter = jsonServer.router(store, { foreignKeySuffix: NO_CASCADE });
  jsonRouter.render = (req, res) => {
    const data = res.locals.data as StoredRecord | undefined;
    if (!data || data.id === undefined) {
      res.status(404).json({ message: 'Ikke fundet' });
      return;
    }
    res.json(shapeRecord(RESOURCES[targetOf(res).resource], data, req.user!.role, clock()));
  };

  const router = Router();
  router.use(gate);
  router.get('/:resource', listRoute(store, clock));
  router.post('/:resource', writeHandler(store, clock));
  router.put('/:resource/:id', writeHandler(store, clock));
  router.patch('/:resource/:id', writeHandler(store, clock));
  router.delete('/:resource/:id', deleteHandler(store, clock));
  router.use(jsonRouter);
  return router;
}
