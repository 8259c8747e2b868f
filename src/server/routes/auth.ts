import { Router, type Response } from 'express';
import { z } from 'zod';
import { passwordChangeSchema } from '../../domain/userSchema';
import { asyncRoute } from '../http/asyncRoute';
import {
  changeOwnPassword,
  loginFailed,
  loginKeys,
  loginRefusal,
  loginSucceeded,
  logout,
  passwordFailed,
  passwordKey,
  userAgentOf,
  type Refusal,
  type Session,
} from '../changes/auth';
import type { OidcClient } from '../identity/oidc';
import { ApiError, badRequest } from '../errors/apiError';
import { clearSessionCookie, newSessionToken, sessionIdOf, setSessionCookie } from '../http/sessions';
import { countTry, type RefusalTally } from '../http/refusals';
import type { Store } from '../store/store';
import {
  DUMMY_HASH,
  hashPassword,
  parseWith,
  toPublic,
  userById,
  userByName,
  verifyPassword,
} from '../identity/users';
import { actorOf } from '../access/request';
import { withDashboardStart } from '../access/dashboardStart';
import { actorOfUser } from '../changes/secondFactor';
import { asksSecondFactor, enrolmentDue } from '../identity/secondFactor';

const loginSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(200) });

/**
 * Login, logout and the user's own password. Each attempt is counted in the store before
 * the password is checked, so no number of parallel requests gets more than five tries.
 */
export function authRoutes({
  store,
  secureCookies,
  refusals,
  oidc,
  localLogin = true,
}: {
  store: Store;
  secureCookies: boolean;
  refusals: RefusalTally;
  /** The organisation's sign-in, if set up: logging out here logs out there too. */
  oidc?: OidcClient;
  /** false: the local form is for system administrators only (a way in when the directory is down). */
  localLogin?: boolean;
}): Router {
  const router = Router();

  const counted = (res: Response, keys: string[], at: number, refusal: Refusal, what: string) =>
    countTry(store, refusals, res, { keys, at, refusal, what });

  router.post(
    '/login',
    asyncRoute(async (req, res) => {
      const body = loginSchema.safeParse(req.body);
      if (!body.success)
        throw badRequest('Angiv brugernavn og adgangskode', {
          username: 'Skal udfyldes',
          password: 'Skal udfyldes',
        });
      const { username, password } = body.data;
      const at = Date.now();
      await counted(res, loginKeys(username, req.ip), at, loginRefusal(username), 'mislykkede login-forsøg');
      const user = userByName(store, username);
      const ok = await verifyPassword(password, user?.passwordHash || DUMMY_HASH);
      if (ok && oidc && !localLogin && user?.role !== 'admin') {
        await store.commit(loginFailed(username));
        throw new ApiError(
          403,
          `Log ind med ${oidc.options.name}. Lokalt log ind er kun for systemadministratorer.`,
        );
      }
      const token = newSessionToken();
      const session =
        user?.active && ok
          ? await store.commit(
              loginSucceeded(
                {
                  user,
                  sessionId: sessionIdOf(token),
                  username,
                  ip: req.ip,
                  at,
                  userAgent: userAgentOf(req.get('user-agent')),
                },
                Date.now(),
              ),
            )
          : await store.commit(loginFailed(username)).then(() => ({ result: undefined }));
      if (!session.result) throw new ApiError(401, 'Forkert brugernavn eller adgangskode');

      setSessionCookie(res, token, secureCookies);
      // The session waits for the code, or reaches only the enrolment, until the second factor is done.
      if (asksSecondFactor(session.result)) return res.json({ secondFactor: 'required' });
      if (enrolmentDue(store, session.result, 'password')) return res.json({ secondFactor: 'enrol' });
      res.json(withDashboardStart(store, toPublic(session.result)));
    }),
  );

  router.post(
    '/logout',
    asyncRoute(async (req, res) => {
      const session = req.sessionId
        ? (store.find('sessions', req.sessionId) as Session | undefined)
        : undefined;
      if (req.sessionId) {
        const waiting = req.pendingUserId === undefined ? undefined : userById(store, req.pendingUserId);
        await store.commit(logout(req.sessionId, waiting ? actorOfUser(waiting) : actorOf(req)));
      }
      clearSessionCookie(res, secureCookies);
      // Signed in at the provider: the browser goes there next, to sign out of it too.
      const endSessionUrl =
        oidc && session?.method === 'oidc' ? await oidc.endSessionUrl(session.oidc?.idToken) : undefined;
      res.json({ message: 'Logget ud', ...(endSessionUrl ? { endSessionUrl } : {}) });
    }),
  );

  router.get('/me', (req, res, next) => {
    if (!req.user) return next(new ApiError(401, 'Log ind for at fortsætte'));
    res.json(req.enrolmentDue ? { ...req.user, secondFactor: 'enrol' } : withDashboardStart(store, req.user));
  });

  /** Every user may change their own password; the current one proves it is them. */
  router.post(
    '/password',
    asyncRoute(async (req, res) => {
      if (!req.user) throw new ApiError(401, 'Log ind for at fortsætte');
      const actor = actorOf(req);
      const data = parseWith(passwordChangeSchema, { ...req.body, username: req.user.username });
      const at = Date.now();
      const refusal: Refusal = { actor, action: 'passwordChangeRefused', recordId: req.user.id };
      await counted(res, [passwordKey(req.user.id)], at, refusal, 'forkerte adgangskoder');
      const user = userById(store, req.user.id);
      if (!user || !(await verifyPassword(data.currentPassword, user.passwordHash))) {
        await store.commit(passwordFailed(actor));
        throw badRequest('Den nuværende adgangskode er forkert', { currentPassword: 'Forkert adgangskode' });
      }
      const newHash = await hashPassword(data.newPassword);
      await store.commit(
        changeOwnPassword(
          { userId: user.id, checkedHash: user.passwordHash, newHash, sessionId: req.sessionId!, at },
          actor,
        ),
      );
      res.json({ message: 'Adgangskoden er skiftet' });
    }),
  );

  return router;
}
