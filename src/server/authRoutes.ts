import { Router } from 'express';
import { z } from 'zod';
import { badRequest, ApiError } from './errors';
import { clearSessionCookie, setSessionCookie, type Sessions } from './sessions';
import { toPublic, type UserStore } from './users';

const loginSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(200) });

export function authRoutes(users: UserStore, sessions: Sessions, secureCookies: boolean): Router {
  const router = Router();

  router.post('/login', async (req, res, next) => {
    try {
      const body = loginSchema.safeParse(req.body);
      if (!body.success)
        throw badRequest('Angiv brugernavn og adgangskode', {
          username: 'Skal udfyldes',
          password: 'Skal udfyldes',
        });
      const user = await users.authenticate(body.data.username, body.data.password);
      if (!user) throw new ApiError(401, 'Forkert brugernavn eller adgangskode');
      const token = sessions.create(toPublic(user));
      setSessionCookie(res, token, secureCookies);
      res.json(toPublic(user));
    } catch (err) {
      next(err);
    }
  });

  router.post('/logout', (req, res) => {
    if (req.sessionToken) sessions.destroy(req.sessionToken);
    clearSessionCookie(res, secureCookies);
    res.json({ message: 'Logget ud' });
  });

  router.get('/me', (req, res, next) => {
    if (!req.user) return next(new ApiError(401, 'Log ind for at fortsætte'));
    res.json(req.user);
  });

  return router;
}
