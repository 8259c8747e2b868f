import { Router, type Request } from 'express';
import type { StoredRecord } from '../../domain/resources';
import { userCreateSchema, userUpdateSchema } from '../../domain/userSchema';
import { asyncRoute } from '../http/asyncRoute';
import { addUser, managedBy, managedUser, updateUser } from '../changes/users';
import { ApiError, badRequest } from '../errors/apiError';
import { sendList } from '../list/listResponse';
import type { Store } from '../store/store';
import { mailPasswordLink } from '../mail/accountMail';
import type { MailSettings } from '../mail/settings';
import {
  allUsers,
  hashPassword,
  listedAs,
  membershipsOf,
  parseWith,
  toListed,
  type ListedUser,
  type User,
} from '../identity/users';
import { actorOf, allowedAnywhere } from '../access/request';

const FIELDS = new Set(['id', 'username', 'fullName', 'email', 'role', 'active']);

/** Users as the asking administrator sees them: the list filters and sorts on what is shown. */
const listedFor = (req: Request) => {
  const managed = managedBy(actorOf(req));
  return (u: User | ListedUser) => listedAs(u, managed);
};

const idOf = (req: Request) => (/^[1-9][0-9]{0,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN);

/** /api/users: user administration for admins. Users are deactivated, never deleted. */
export function userRoutes(store: Store, mail: MailSettings, clock: () => Date): Router {
  const router = Router();
  router.use(allowedAnywhere('list', 'users', 'Kun administratorer kan se brugere'));

  router.get('/', (req, res) => {
    const managed = managedBy(actorOf(req));
    const users = allUsers(store).filter(
      (u) =>
        managed === null || (u.role !== 'admin' && membershipsOf(u).some((m) => managed.has(m.programmeId))),
    );
    sendList(req, res, 'users', users.map(listedFor(req)) as unknown as StoredRecord[], { fields: FIELDS });
  });

  router.get('/:id', (req, res) => {
    res.json(listedFor(req)(managedUser(store, actorOf(req), idOf(req))));
  });

  router.post(
    '/',
    asyncRoute(async (req, res) => {
      const data = parseWith(userCreateSchema, req.body);
      // Through the panel a role is given per programme; "every programme" is the script's shorthand only.
      if (data.role !== 'admin' && !data.memberships?.length)
        throw badRequest('Giv brugeren en rolle i mindst én helhedsplan', {
          memberships: 'Vælg en helhedsplan',
        });
      const actor = actorOf(req);
      // Without a password the user cannot sign in until they choose one through the invitation.
      const passwordHash = data.password ? await hashPassword(data.password) : '';
      const { result } = await store.commit(addUser({ ...data, passwordHash }, actor));
      const invitation = data.password
        ? undefined
        : await mailPasswordLink(
            store,
            mail,
            { userId: result.id, purpose: 'invite', now: clock().getTime() },
            actor,
          );
      res.status(201).json({ ...listedFor(req)(result), ...(invitation ? { invitation } : {}) });
    }),
  );

  router.put(
    '/:id',
    asyncRoute(async (req, res) => {
      const stored = managedUser(store, actorOf(req), idOf(req));
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
      res.json(listedFor(req)(result));
    }),
  );

  /** An invitation again, or a link to a new password, mailed to a local user with an e-mail. */
  router.post(
    '/:id/password-link',
    asyncRoute(async (req, res) => {
      const actor = actorOf(req);
      const user = managedUser(store, actor, idOf(req));
      const outcome = await mailPasswordLink(
        store,
        mail,
        { userId: user.id, purpose: user.passwordHash ? 'reset' : 'invite', now: clock().getTime() },
        actor,
      );
      if (!outcome.sent) throw new ApiError(409, `Linket er ikke sendt: ${outcome.reason}`);
      res.json({ message: `Linket er sendt til ${user.email}` });
    }),
  );

  router.all('/:id', (_req, _res, next) =>
    next(new ApiError(405, 'Brugere deaktiveres i stedet for at blive slettet')),
  );
  return router;
}
