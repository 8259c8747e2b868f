import type { RequestHandler } from 'express';
import type { Session } from '../changes/auth';
import { ApiError } from '../errors/apiError';
import { enrolmentDue } from '../identity/secondFactor';
import { userById } from '../identity/users';
import type { Store } from '../store/store';

/** What a session that must set up its second factor still reaches (under /api; Express matches paths in any case). */
const reachable = (path: string) => {
  const p = path.toLowerCase().replace(/\/+$/, '');
  return p === '/auth/me' || p === '/auth/logout' || p === '/auth/totp' || p.startsWith('/auth/totp/');
};

/**
 * A user the policy asks for a second factor and who has none yet reaches nothing but its
 * enrolment (403 elsewhere), asked on every request so a new policy reaches open sessions.
 */
export function secondFactorGate(store: Store): RequestHandler {
  return (req, _res, next) => {
    if (!req.user || !req.sessionId) return next();
    const user = userById(store, req.user.id);
    const session = store.find('sessions', req.sessionId) as Session | undefined;
    if (!user || !enrolmentDue(store, user, session?.method)) return next();
    req.enrolmentDue = true;
    next(
      reachable(req.path)
        ? undefined
        : new ApiError(403, 'Slå totrinsbekræftelse til, før du fortsætter', undefined, {
            secondFactor: 'enrol',
          }),
    );
  };
}
