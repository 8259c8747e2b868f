import { Router, type Request, type RequestHandler, type Response } from 'express';
import {
  RESOURCES,
  RESOURCE_NAMES,
  isResourceName,
  type ResourceName,
  type StoredRecord,
} from '../../domain/resources';
import type { Action } from '../../domain/roles';
import { asyncRoute } from '../http/asyncRoute';
import { createRecord, deleteRecord, updateRecord } from '../changes/records';
import { ApiError, notFound } from '../errors/apiError';
import { listRoute } from '../list/listRoute';
import { assertMay, forbidden, mayAnywhereBy } from '../access/programmeAccess';
import { shapeFor } from '../access/shaping';
import { recordOf } from '../store/records';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

const ACTIONS: Record<string, (hasId: boolean) => Action | undefined> = {
  GET: (hasId) => (hasId ? 'show' : 'list'),
  POST: (hasId) => (hasId ? undefined : 'create'),
  PUT: (hasId) => (hasId ? 'edit' : undefined),
  PATCH: (hasId) => (hasId ? 'edit' : undefined),
  DELETE: (hasId) => (hasId ? 'delete' : undefined),
};

/** The request's action on a resource, or undefined for a method we do not serve. */
function actionOf(method: string, hasId: boolean): Action | undefined {
  return ACTIONS[method]?.(hasId);
}

const ID = /^[1-9][0-9]{0,15}$/;

interface Target {
  resource: ResourceName;
  id?: number;
}

interface Deps {
  store: Store;
  clock: () => Date;
}

function parseTarget(req: Request): Target {
  const [name, id, ...rest] = req.path.split('/').filter(Boolean);
  if (!name || !isResourceName(name) || rest.length > 0 || (id !== undefined && !ID.test(id)))
    throw notFound();
  return { resource: name, id: id === undefined ? undefined : Number(id) };
}

export const targetOf = (res: Response) => res.locals.target as Target;

/** Resolves the resource and id, and refuses what none of the user's roles may do anywhere. */
const gate: RequestHandler = (req, res, next) => {
  const t = parseTarget(req);
  const action = actionOf(req.method, t.id !== undefined);
  if (!action) throw new ApiError(405, 'Metoden understøttes ikke');
  if (!req.user || !mayAnywhereBy(actorOf(req), action, t.resource)) throw forbidden();
  if (RESOURCES[t.resource].appendOnly && (action === 'edit' || action === 'delete'))
    throw new ApiError(
      405,
      `${RESOURCES[t.resource].noun.plural} kan ikke ændres eller slettes; skriv en rettelse`,
    );
  res.locals.target = t;
  next();
};

/**
 * The REST resources in the simple-rest protocol: the gate in front, then one change
 * per write, committed by the store, and the answer shaped for the user's role.
 */
export function resourceRoutes({ store, clock }: Deps): Router {
  const shaped = (req: Request, res: Response, record: StoredRecord) =>
    shapeFor(store, actorOf(req), targetOf(res).resource, record, clock());
  const router = Router();
  router.use(gate);
  const lists = new Map(RESOURCE_NAMES.map((name) => [name, listRoute(store, clock, name)]));
  router.get('/:resource', (req, res, next) => lists.get(targetOf(res).resource)!(req, res, next));
  router.get('/:resource/:id', (req, res) => {
    const { resource, id } = targetOf(res);
    const record = recordOf(store, resource, id!);
    if (!record) throw notFound();
    assertMay(store, actorOf(req), 'show', resource, record);
    res.json(shaped(req, res, record));
  });
  router.post(
    '/:resource',
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(createRecord(targetOf(res).resource, req.body, actorOf(req)));
      res.status(201).json(shaped(req, res, result));
    }),
  );
  const update = asyncRoute(async (req, res) => {
    const { resource, id } = targetOf(res);
    const { result } = await store.commit(updateRecord(resource, id!, req.body, actorOf(req)));
    res.json(shaped(req, res, result));
  });
  router.put('/:resource/:id', update);
  router.patch('/:resource/:id', update);
  router.delete(
    '/:resource/:id',
    asyncRoute(async (req, res) => {
      const { resource, id } = targetOf(res);
      // The provider's delete and deleteMany need the record back.
      const { result } = await store.commit(deleteRecord(resource, id!, actorOf(req)));
      res.json(shaped(req, res, result));
    }),
  );
  return router;
}
