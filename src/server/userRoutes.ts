import { Router, type Request } from 'express';
import { canAccess } from '../domain/roles';
import type { StoredRecord } from '../domain/resources';
import { diff, type AuditLog } from './audit';
import { ApiError, badRequest, notFound } from './errors';
import { sendList } from './listResponse';
import { who } from './resourceRoutes';
import type { Sessions } from './sessions';
import { toListed, type UserStore } from './users';

const FIELDS = new Set(['id', 'username', 'fullName', 'role', 'active']);

const idOf = (req: Request) => (/^[1-9][0-9]{0,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN);

/** /api/users: user administration for admins. Users are deactivated, never deleted. */
export function userRoutes(users: UserStore, sessions: Sessions, audit: AuditLog): Router {
  const router = Router();
  router.use((req, _res, next) => {
    next(
      canAccess(req.user?.role, 'list', 'users')
        ? undefined
        : new ApiError(403, 'Kun administratorer kan se brugere'),
    );
  });

  router.get('/', (req, res) => {
    sendList(req, res, 'users', users.all().map(toListed) as unknown as StoredRecord[], { fields: FIELDS });
  });

  router.get('/:id', (req, res, next) => {
    const user = users.byId(idOf(req));
    if (!user) return next(notFound());
    res.json(toListed(user));
  });

  router.post('/', async (req, res, next) => {
    try {
      const user = await users.add(req.body);
      const changes = diff(undefined, toListed(user));
      audit.append({ ...who(req), action: 'userCreate', resource: 'users', recordId: user.id, changes });
      res.status(201).json(toListed(user));
    } catch (err) {
      next(err);
    }
  });

  router.put('/:id', async (req, res, next) => {
    try {
      const id = idOf(req);
      const stored = users.byId(id);
      if (!stored) throw notFound();
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
        throw badRequest('Forespørgslen skal indeholde et JSON-objekt');
      const body = req.body as Record<string, unknown>;
      if (body.version !== undefined && body.version !== toListed(stored).version)
        throw new ApiError(409, 'Brugeren er ændret af en anden, siden du åbnede den', undefined, {
          current: toListed(stored),
        });
      if (
        id === req.user!.id &&
        (body.active === false || (body.role !== undefined && body.role !== 'admin'))
      )
        throw badRequest('Du kan ikke deaktivere eller nedgradere dig selv', {
          [body.active === false ? 'active' : 'role']: 'Bed en anden administrator om det',
        });
      const { before, after } = await users.update(id, body);
      // A new role, a deactivation or a new password takes effect at once: old sessions end.
      if (before.role !== after.role || !after.active || before.passwordHash !== after.passwordHash)
        sessions.destroyForUser(id);
      const changes = diff(toListed(before), toListed(after));
      if (before.passwordHash !== after.passwordHash) changes.password = { before: '***', after: '***' };
      audit.append({ ...who(req), action: 'userUpdate', resource: 'users', recordId: id, changes });
      res.json(toListed(after));
    } catch (err) {
      next(err);
    }
  });

  router.all('/:id', (_req, _res, next) =>
    next(new ApiError(405, 'Brugere deaktiveres i stedet for at blive slettet')),
  );
  return router;
}
