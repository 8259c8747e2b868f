import { Router, type Request, type RequestHandler, type Response } from 'express';
import jsonServer from 'json-server';
import {
  RESOURCES,
  VERSION,
  isResourceName,
  type ResourceName,
  type StoredRecord,
  type WriteContext,
} from '../domain/resources';
import { canAccess } from '../domain/roles';
import { actionOf } from './access';
import { diff, type AuditLog } from './audit';
import { ApiError, notFound } from './errors';
import { assertDeletable, checkReferences, checkReferrers } from './integrity';
import { listRoute } from './listRoute';
import { shapeRecord } from './shaping';
import { nextId, type Store } from './store';
import { validateWrite } from './validation';

/** No key ends like this, so json-server's cascade delete finds nothing to remove. */
const NO_CASCADE = '__no_cascade__';
const ID = /^[1-9][0-9]{0,15}$/;

export interface Target {
  resource: ResourceName;
  id?: number;
}

interface Deps {
  store: Store;
  audit: AuditLog;
  clock: () => Date;
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
  if (RESOURCES[t.resource].appendOnly && (action === 'edit' || action === 'delete'))
    throw new ApiError(
      405,
      `${RESOURCES[t.resource].noun.plural} kan ikke ændres eller slettes; skriv en rettelse`,
    );
  // json-server honours both: a method override would turn a checked POST into an
  // unchecked DELETE, and _embed would pull in records without shaping them.
  delete req.headers['x-http-method-override'];
  if (action !== 'list') req.query = {};
  res.locals.target = t;
  next();
};

/** An update that names the version it started from must start from the current one. */
function assertCurrentVersion(req: Request, previous: StoredRecord, current: () => StoredRecord): void {
  const sent = (req.body as Record<string, unknown> | undefined)?.[VERSION];
  if (sent !== undefined && sent !== previous[VERSION])
    throw new ApiError(409, 'Posten er ændret af en anden, siden du åbnede den', undefined, {
      current: current(),
    });
}

function writeContext(store: Store, req: Request, now: Date): WriteContext {
  const all = (resource: ResourceName) => store.getState()[resource] ?? [];
  return {
    now,
    username: req.user?.username ?? null,
    all,
    find: (resource, id) => all(resource).find((r) => r.id === id),
  };
}

function writeHandler({ store, clock }: Deps): RequestHandler {
  return (req, res, next) => {
    const t = targetOf(res);
    const def = RESOURCES[t.resource];
    const stored = t.id === undefined ? undefined : find(store, t);
    // json-server replaces the stored object in place, so keep a copy of how it was.
    const previous = stored && structuredClone(stored);
    if (previous)
      assertCurrentVersion(req, previous, () => shapeRecord(def, previous, req.user!.role, clock()));
    const record = validateWrite(def, req.body, previous, writeContext(store, req, clock()));
    checkReferences(store, t.resource, record, t.id);
    if (previous) checkReferrers(store, t.resource, record, previous);
    const version = ((previous?.[VERSION] as number | undefined) ?? 0) + 1;
    req.body = previous
      ? { ...record, [VERSION]: version }
      : { ...record, id: nextId(store, t.resource), [VERSION]: version };
    res.locals.previous = previous;
    next();
  };
}

function deleteHandler({ store, audit, clock }: Deps): RequestHandler {
  return (req, res) => {
    const t = targetOf(res);
    const record = find(store, t);
    const refusal = RESOURCES[t.resource].undeletable?.(record, writeContext(store, req, clock()));
    if (refusal) throw new ApiError(409, refusal);
    assertDeletable(store, t.resource, t.id!);
    store
      .set(
        t.resource,
        store.getState()[t.resource]!.filter((r) => r.id !== t.id),
      )
      .write();
    audit.append({
      ...who(req),
      action: 'delete',
      resource: t.resource,
      recordId: t.id!,
      changes: diff(record, undefined),
    });
    // The provider's delete and deleteMany need the record back; json-server answers {}.
    res.json(shapeRecord(RESOURCES[t.resource], record, req.user!.role, clock()));
  };
}

export const who = (req: Request) => ({ userId: req.user?.id ?? null, username: req.user?.username ?? null });

/** After json-server stored a create or update: the history entry, then the shaped answer. */
function render({ audit, clock }: Deps) {
  return (req: Request, res: Response) => {
    const data = res.locals.data as StoredRecord | undefined;
    if (!data || data.id === undefined) {
      res.status(404).json({ message: 'Ikke fundet' });
      return;
    }
    const { resource } = targetOf(res);
    if (req.method !== 'GET') {
      const previous = res.locals.previous as StoredRecord | undefined;
      const changes = diff(previous, data);
      const action = !previous ? 'create' : 'status' in changes ? 'statusChange' : 'update';
      audit.append({ ...who(req), action, resource, recordId: data.id, changes });
    }
    res.json(shapeRecord(RESOURCES[resource], data, req.user!.role, clock()));
  };
}

/**
 * The REST resources: our checks in front, json-server's router behind for reading
 * one record, creating and updating (it assigns ids and persists). Lists and deletes
 * are ours: json-server's search reads confidential fields and its delete cascades.
 */
export function resourceRoutes(deps: Deps): Router {
  const jsonRouter = jsonServer.router(deps.store, { foreignKeySuffix: NO_CASCADE });
  jsonRouter.render = render(deps);
  // json-server's own error handler answers with the stack trace; ours answers in Danish.
  jsonRouter.stack = jsonRouter.stack.filter((layer) => layer.handle.length !== 4);

  const router = Router();
  router.use(gate);
  router.get('/:resource', listRoute(deps.store, deps.clock));
  router.post('/:resource', writeHandler(deps));
  router.put('/:resource/:id', writeHandler(deps));
  router.patch('/:resource/:id', writeHandler(deps));
  router.delete('/:resource/:id', deleteHandler(deps));
  router.use(jsonRouter);
  return router;
}
