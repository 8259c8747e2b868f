import { Router, type Request } from 'express';
import { z } from 'zod';
import { errorMap, fieldErrors } from '../domain/messages';
import { passwordChangeSchema } from '../domain/userSchema';
import type { AuditLog } from './audit';
import { ApiError, badRequest } from './errors';
import type { LoginThrottle } from './loginThrottle';
import { who } from './resourceRoutes';
import { clearSessionCookie, setSessionCookie, type Sessions } from './sessions';
import { toPublic, verifyPassword, type UserStore } from './users';

const loginSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(200) });

interface Deps {
  users: UserStore;
  sessions: Sessions;
  audit: AuditLog;
  throttle: LoginThrottle;
  secureCookies: boolean;
}

const throttleKeys = (req: Request, username: string) => [
  `user:${username.trim().toLowerCase()}`,
  `ip:${req.ip}`,
];

export function authRoutes({ users, sessions, audit, throttle, secureCookies }: Deps): Router {
  const router = Router();

  router.post('/login', async (req, res, next) => {
    try {
      const body = loginSchema.safeParse(req.body);
      if (!body.success)
        throw badRequest('Angiv brugernavn og adgangskode', {
          username: 'Skal udfyldes',
          password: 'Skal udfyldes',
        });
      const keys = throttleKeys(req, body.data.username);
      const wait = throttle.lockedFor(keys);
      if (wait > 0) {
        res.set('Retry-After', String(Math.ceil(wait / 1000)));
        throw new ApiError(
          429,
          `For mange mislykkede login-forsøg. Prøv igen om ${Math.ceil(wait / 60_000)} minutter.`,
        );
      }
      const user = await users.authenticate(body.data.username, body.data.password);
      if (!user) {
        throttle.fail(keys);
        audit.append({
          userId: null,
          username: body.data.username.slice(0, 60),
          action: 'loginFailed',
          resource: null,
          recordId: null,
          changes: null,
        });
        throw new ApiError(401, 'Forkert brugernavn eller adgangskode');
      }
      throttle.succeed(keys);
      const token = sessions.create(toPublic(user));
      setSessionCookie(res, token, secureCookies);
      audit.append({
        userId: user.id,
        username: user.username,
        action: 'login',
        resource: null,
        recordId: null,
        changes: null,
      });
      res.json(toPublic(user));
    } catch (err) {
      next(err);
    }
  });

  router.post('/logout', (req, res) => {
    if (req.sessionToken) {
      sessions.destroy(req.sessionToken);
      audit.append({ ...who(req), action: 'logout', resource: null, recordId: null, changes: null });
    }
    clearSessionCookie(res, secureCookies);
    res.json({ message: 'Logget ud' });
  });

  router.get('/me', (req, res, next) => {
    if (!req.user) return next(new ApiError(401, 'Log ind for at fortsætte'));
    res.json(req.user);
  });

  /** Every user may change their own password; the current one proves it is them. */
  router.post('/password', async (req, res, next) => {
    try {
      if (!req.user) throw new ApiError(401, 'Log ind for at fortsætte');
      const parsed = passwordChangeSchema.safeParse(
        { ...req.body, username: req.user.username },
        { error: errorMap('da') },
      );
      if (!parsed.success) throw badRequest('Ret de markerede felter', fieldErrors(parsed.error));
      const user = users.byId(req.user.id);
      if (!user || !(await verifyPassword(parsed.data.currentPassword, user.passwordHash)))
        throw badRequest('Den nuværende adgangskode er forkert', { currentPassword: 'Forkert adgangskode' });
      await users.update(user.id, { password: parsed.data.newPassword });
      audit.append({
        ...who(req),
        action: 'passwordChange',
        resource: 'users',
        recordId: user.id,
        changes: null,
      });
      res.json({ message: 'Adgangskoden er skiftet' });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
