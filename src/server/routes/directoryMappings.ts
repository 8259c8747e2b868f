import { Router, type Request } from 'express';
import type { StoredRecord } from '../../domain/resources';
import { asyncRoute } from '../http/asyncRoute';
import { allMappings, allowDirectoryLink, deleteMapping, saveMapping } from '../changes/directory';
import { managedUser } from '../changes/users';
import { toListed } from '../identity/users';
import { badRequest, notFound } from '../errors/apiError';
import { sendList } from '../list/listResponse';
import type { Store } from '../store/store';
import { actorOf, allowedAnywhere } from '../access/request';

const FIELDS = new Set(['id', 'claimValue', 'programmeId', 'role']);
const idOf = (req: Request) => (/^[1-9][0-9]{0,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN);

/** /api/directoryMappings: the directory's claim values and the memberships they give (system administrator). */
export function directoryMappingRoutes(store: Store): Router {
  const router = Router();
  router.use(allowedAnywhere('list', 'directoryMappings', 'Kun systemadministratorer kan se koblingerne'));

  router.get('/', (req, res) => {
    sendList(req, res, 'directoryMappings', allMappings(store) as unknown as StoredRecord[], {
      fields: FIELDS,
    });
  });
  router.get('/:id', (req, res) => {
    const mapping = allMappings(store).find((m) => m.id === idOf(req));
    if (!mapping) throw notFound();
    res.json(mapping);
  });
  router.post(
    '/',
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(saveMapping(null, req.body, actorOf(req)));
      res.status(201).json(result);
    }),
  );
  router.put(
    '/:id',
    asyncRoute(async (req, res) => {
      const id = idOf(req);
      if (Number.isNaN(id)) throw notFound();
      const { result } = await store.commit(saveMapping(id, req.body, actorOf(req)));
      res.json(result);
    }),
  );
  router.delete(
    '/:id',
    asyncRoute(async (req, res) => {
      const id = idOf(req);
      if (Number.isNaN(id)) throw notFound();
      const { result } = await store.commit(deleteMapping(id, actorOf(req)));
      res.json(result);
    }),
  );
  return router;
}

/** POST /api/users/:id/directory-link: the local user may be linked to the directory account of the same username. */
export function directoryLinkRoute(store: Store): Router {
  const router = Router({ mergeParams: true });
  router.post(
    '/',
    allowedAnywhere('edit', 'users', 'Kun administratorer kan ændre brugere'),
    asyncRoute(async (req, res) => {
      const actor = actorOf(req);
      const user = managedUser(store, actor, idOf(req));
      if (user.source === 'oidc') throw badRequest('Brugeren logger allerede ind via organisationens login');
      const { result } = await store.commit(allowDirectoryLink(user, actor));
      res.json(toListed(result));
    }),
  );
  return router;
}
