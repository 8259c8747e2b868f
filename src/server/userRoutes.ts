import { Router, type Request } from 'express';
import { canAccess } from '../domain/roles';
import type { StoredRecord } from '../domain/resources';
import { userCreateSchema, userUpdateSchema } from '../domain/userSchema';
import { actorOf } from './actor';
import { asyncRoute } from './asyncRoute';
import { addUser, updateUser } from './changes/users';
import { ApiError, badRequest, notFound } from './errors';
import { sendList } from './listResponse';
import type { Store } from './store/store';
import { allUsers, hashPassword, parseWith, toListed, userById } from './users';

const FIELDS = new Set(['id', 'username', 'fullName', 'role', 'active']);

const idOf = (req: Request) => (/^[1-9][0-9]{0,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN);

/** /api/users: user administration for admins. Users are deactivated, never deleted. */
export function userRoutes(store: Store): Router {
  const router = Router();
  router.use((req, _res, next) => {
    next(
      canAccess(req.user?.role, 'list', 'users')
        ? undefined
        : new ApiError(403, 'Kun administratorer kan se brugere'),
    );
  });

  router.get('/', (req, res) => {
    sendList(req, res, 'users', allUsers(store).map(toListed) as unknown as StoredRecord[], {
      fields: FIELDS,
    });
  });

  router.get('/:id', (req, res, next) => {
    const user = userById(store, idOf(req));
    if (!user) return next(notFound());
    res.json(toListed(user));
  });

  router.post(
    '/',
    asyncRoute(async (req, res) => {
      const data = parseWith(userCreateSchema, req.body);
      const passwordHash = await hashPassword(data.password);
      const { result } = await store.commit(addUser({ ...data, passwordHash }, actorOf(req)));
      res.status(201).json(toListed(result));
    }),
  );

  router.put(
    '/:id',
    asyncRoute(async (req, res) => {
      const stored = userById(store, idOf(req));
      if (!stored) throw notFound();
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
        throw badRequest('Forespørgslen skal indeholde et JSON-objekt');
      const body = req.body as Record<string, unknown>;
      // The new password's rules are checked before it is hashed; the rest inside the commit.
      const { password } = parseWith(userUpdateSchema, {
        ...toListed(stored),
        ...body,
        username: stored.username,
      });
      const passwordHash = password ? await hashPassword(password) : undefined;
      const { result } = await store.commit(updateUser(stored.id, body, passwordHash, actorOf(req)));
      res.json(result);
    }),
  );

  router.all('/:id', (_req, _res, next) =>
    next(new ApiError(405, 'Brugere deaktiveres i stedet for at blive slettet')),
  );
  return router;
}
