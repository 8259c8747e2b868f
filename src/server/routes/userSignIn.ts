import { Router, type Request } from 'express';
import { asyncRoute } from '../http/asyncRoute';
import { resetSecondFactor } from '../changes/secondFactor';
import { endUserSessions } from '../changes/sessions';
import type { Store } from '../store/store';
import { actorOf, allowedAnywhere } from '../access/request';

const idOf = (req: Request) => (/^[1-9][0-9]{0,9}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN);

/**
 * An administrator's help with a user's sign-in, beside /api/users: reset the second factor
 * (a lost phone) and end every session. The system administrator for anyone, a programme
 * administrator for the users of their programmes; anyone else's user is not found.
 */
export function userSignInRoutes(store: Store): Router {
  const router = Router();
  const administrators = allowedAnywhere(
    'edit',
    'users',
    'Kun administratorer kan hjælpe brugere med at logge ind',
  );

  router.delete(
    '/:id/totp',
    administrators,
    asyncRoute(async (req, res) => {
      await store.commit(resetSecondFactor(idOf(req), actorOf(req), req.sessionId));
      res.json({ message: 'Totrinsbekræftelsen er nulstillet' });
    }),
  );

  router.delete(
    '/:id/sessions',
    administrators,
    asyncRoute(async (req, res) => {
      const { result } = await store.commit(endUserSessions(idOf(req), actorOf(req), req.sessionId));
      res.json(result);
    }),
  );

  return router;
}
