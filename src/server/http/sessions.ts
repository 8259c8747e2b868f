import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { parse, serialize } from 'cookie';
import {
  pendingExpired,
  sessionExpired,
  sessionNeedsTouch,
  SIGNED_IN_HINT_COOKIE,
} from '../../domain/sessionRules';
import { touchSession, type Session } from '../changes/auth';
import type { Store } from '../store/store';
import { toPublic, userById, type PublicUser } from '../identity/users';

export const SESSION_COOKIE = 'beredskab_session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: PublicUser;
      /** The stored session's id: the hash of the cookie's token. */
      sessionId?: string;
      /** The user of a session that waits for the second factor: no `user`, so it reaches only the code's check. */
      pendingUserId?: number;
      /** The policy asks the user for a second factor not yet set up: the session reaches only its enrolment. */
      enrolmentDue?: boolean;
    }
  }
}

export const newSessionToken = () => crypto.randomBytes(32).toString('base64url');

/** A stolen copy of the store holds no usable session: only hashes of the tokens are kept. */
export const sessionIdOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * Puts the logged-in user (if any) on the request, as the store knows them now: a
 * changed role counts at once, a deactivated user has no session. Sessions run on real time.
 * A session still waiting for the second factor puts only its user's id (`pendingUserId`).
 */
export function sessionMiddleware(store: Store): RequestHandler {
  return (req, _res, next) => {
    const token = parse(req.headers.cookie ?? '')[SESSION_COOKIE];
    const session = token ? (store.find('sessions', sessionIdOf(token)) as Session | undefined) : undefined;
    const now = Date.now();
    if (session && !sessionExpired(session, now)) {
      const user = userById(store, session.userId);
      if (user?.active && session.pending) {
        if (!pendingExpired(session, now)) {
          req.pendingUserId = user.id;
          req.sessionId = session.id;
        }
      } else if (user?.active) {
        req.user = toPublic(user);
        req.sessionId = session.id;
        // Losing a refresh to a crash costs the session a minute at most; the request need not wait.
        if (sessionNeedsTouch(session, now))
          store
            .commit(touchSession(session, now))
            .catch((err: unknown) => req.log.warn({ err }, 'Sessionen kunne ikke forlænges'));
      }
    }
    next();
  };
}

/** The session's cookie first (clients read the first), then the page's hint that it is there. */
export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure }),
  );
  res.append('Set-Cookie', serialize(SIGNED_IN_HINT_COOKIE, '1', { sameSite: 'strict', path: '/', secure }));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: 0 }),
  );
  res.append(
    'Set-Cookie',
    serialize(SIGNED_IN_HINT_COOKIE, '', { sameSite: 'strict', path: '/', secure, maxAge: 0 }),
  );
}
