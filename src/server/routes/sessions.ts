import crypto from 'node:crypto';
import { Router } from 'express';
import { pendingExpired, sessionExpired } from '../../domain/sessionRules';
import { asyncRoute } from '../http/asyncRoute';
import { endOwnSession } from '../changes/sessions';
import type { Session } from '../changes/auth';
import { notFound } from '../errors/apiError';
import { requireLogin } from '../http/guards';
import { clearSessionCookie } from '../http/sessions';
import type { Store } from '../store/store';
import { actorOf } from '../access/request';

/**
 * What the panel calls a session: a hash of the stored id (itself a hash of the cookie's
 * token), so the list never hands out anything that signs in or names the stored row.
 */
export const sessionHandle = (storedId: string) =>
  crypto.createHash('sha256').update(`session:${storedId}`).digest('base64url').slice(0, 22);

const live = (s: Session, now: number) => !sessionExpired(s, now) && !(s.pending && pendingExpired(s, now));

/**
 * /api/auth/sessions: the user's own sessions, the one asking marked `current`. Sessions
 * still waiting for the second factor are listed too (`pending: true`): someone who knows
 * the password is signing in, and the user may end it.
 */
export function sessionRoutes({ store, secureCookies }: { store: Store; secureCookies: boolean }): Router {
  const router = Router();
  router.use(requireLogin);

  const ownSessions = (userId: number) => {
    const now = Date.now();
    return (store.all('sessions') as unknown as Session[]).filter((s) => s.userId === userId && live(s, now));
  };

  router.get('/', (req, res) => {
    const sessions = ownSessions(req.user!.id).sort(
      (a, b) => Number(b.id === req.sessionId) - Number(a.id === req.sessionId) || b.lastSeen - a.lastSeen,
    );
    res.json(
      sessions.map((s) => ({
        id: sessionHandle(s.id),
        current: s.id === req.sessionId,
        method: s.method ?? 'password',
        createdAt: new Date(s.createdAt).toISOString(),
        lastSeenAt: new Date(s.lastSeen).toISOString(),
        userAgent: s.userAgent ?? null,
        ...(s.pending ? { pending: true } : {}),
      })),
    );
  });

  router.delete(
    '/:id',
    asyncRoute(async (req, res) => {
      const session = ownSessions(req.user!.id).find((s) => sessionHandle(s.id) === req.params.id);
      if (!session) throw notFound();
      await store.commit(endOwnSession(session.id, actorOf(req)));
      if (session.id === req.sessionId) clearSessionCookie(res, secureCookies);
      res.json({ message: 'Sessionen er afsluttet' });
    }),
  );

  return router;
}
