import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { parse, serialize } from 'cookie';
import type { PublicUser } from './users';

export const SESSION_COOKIE = 'beredskab_session';
/** Sessions end after 8 hours without a request. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;

interface Session {
  user: PublicUser;
  lastSeen: number;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: PublicUser;
      sessionToken?: string;
    }
  }
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();
  constructor(private readonly now: () => number = Date.now) {}

  create(user: PublicUser): string {
    const token = crypto.randomBytes(32).toString('base64url');
    this.sessions.set(token, { user, lastSeen: this.now() });
    return token;
  }

  /** The session's user, refreshing its idle timer; undefined once expired. */
  touch(token: string): PublicUser | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > IDLE_TIMEOUT_MS) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastSeen = this.now();
    return session.user;
  }

  destroy(token: string): void {
    this.sessions.delete(token);
  }

  /** Reading from the user store on each request would cost a file read; role changes end sessions instead. */
  destroyForUser(userId: number): void {
    for (const [token, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(token);
  }

  /** Puts the logged-in user (if any) on the request; roles decide what follows. */
  middleware(): RequestHandler {
    return (req, _res, next) => {
      const token = parse(req.headers.cookie ?? '')[SESSION_COOKIE];
      if (token) {
        const user = this.touch(token);
        if (user) {
          req.user = user;
          req.sessionToken = token;
        }
      }
      next();
    };
  }
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure }),
  );
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: 0 }),
  );
}
