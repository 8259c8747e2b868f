import { Router, type Response } from 'express';
import { z } from 'zod';
import { passwordChangeSchema } from '../../domain/userSchema';
import { asyncRoute } from '../http/asyncRoute';
import {
  attempt,
  changeOwnPassword,
  loginAttempt,
  loginFailed,
  loginSucceeded,
  logout,
  passwordFailed,
  passwordKey,
  userAgentOf,
} from '../changes/auth';
import { ApiError, badRequest } from '../errors/apiError';
import { clearSessionCookie, newSessionToken, sessionIdOf, setSessionCookie } from '../http/sessions';
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
import { actorOfUser } from '../changes/secondFactor';
import { asksSecondFactor, enrolmentDue } from '../identity/secondFactor';

const loginSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(200) });

export function tooMany(res: Response, wait: number, what: string): ApiError {
  res.set('Retry-After', String(Math.ceil(wait / 1000)));
  return new ApiError(429, `For mange ${what}. Prøv igen om ${Math.ceil(wait / 60_000)} minutter.`);
}

/**
 * Login, logout and the user's own password. Each attempt is counted in the store before
 * the password is checked, so no number of parallel requests gets more than five tries.
 */
export function authRoutes({ store, secureCookies }: { store: Store; secureCookies: boolean }): Router {
  const router = Router();

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
      const counted = await store.commit(loginAttempt(username, req.ip, at));
      if (counted.result.refusedFor > 0)
        throw tooMany(res, counted.result.refusedFor, 'mislykkede login-forsøg');
      const user = userByName(store, username);
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
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
      res.json(toPublic(session.result));
    }),
  );

  router.post(
    '/logout',
    asyncRoute(async (req, res) => {
      if (req.sessionId) {
        const waiting = req.pendingUserId === undefined ? undefined : userById(store, req.pendingUserId);
        await store.commit(logout(req.sessionId, waiting ? actorOfUser(waiting) : actorOf(req)));
      }
      clearSessionCookie(res, secureCookies);
      res.json({ message: 'Logget ud' });
    }),
  );

  router.get('/me', (req, res, next) => {
    if (!req.user) return next(new ApiError(401, 'Log ind for at fortsætte'));
    res.json(req.enrolmentDue ? { ...req.user, secondFactor: 'enrol' } : req.user);
  });

  /** Every user may change their own password; the current one proves it is them. */
  router.post(
    '/password',
    asyncRoute(async (req, res) => {
      if (!req.user) throw new ApiError(401, 'Log ind for at fortsætte');
      const actor = actorOf(req);
      const data = parseWith(passwordChangeSchema, { ...req.body, username: req.user.username });
      const at = Date.now();
      const counted = await store.commit(
        attempt([passwordKey(req.user.id)], at, {
          actor,
          action: 'passwordChangeRefused',
          recordId: req.user.id,
        }),
      );
      if (counted.result.refusedFor > 0)
        throw tooMany(res, counted.result.refusedFor, 'forkerte adgangskoder');
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
