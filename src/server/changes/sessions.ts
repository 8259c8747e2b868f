import { notFound } from '../errors/apiError';
import type { Change } from '../store/types';
import { auditBy, type Actor } from '../access/actor';
import { endSessions, managedUser } from './users';

/** One of the user's own sessions ends (a browser left signed in elsewhere); anyone else's is not found. */
export function endOwnSession(sessionId: string, actor: Actor): Change<void> {
  return {
    decide(state) {
      const session = state.find('sessions', sessionId);
      if (!session || session.userId !== actor.userId) throw notFound();
      return {
        ops: [{ op: 'delete', coll: 'sessions', id: sessionId }],
        audit: [
          auditBy(actor, { action: 'sessionEnd', resource: 'users', recordId: actor.userId, changes: null }),
        ],
        result: undefined,
      };
    },
  };
}

/**
 * Every session of a user ends ("Log ud overalt"): the system administrator for anyone, a
 * programme administrator for the users of their programmes. The actor's own current
 * session stays, so ending one's own others does not sign one out.
 */
export function endUserSessions(id: number, actor: Actor, keepSession?: string): Change<{ ended: number }> {
  return {
    decide(state) {
      managedUser(state, actor, id);
      const ops = endSessions(state, id, keepSession);
      return {
        ops,
        audit: [
          auditBy(actor, {
            action: 'sessionsEnded',
            resource: 'users',
            recordId: id,
            changes: { sessions: { before: ops.length, after: 0 } },
          }),
        ],
        result: { ended: ops.length },
      };
    },
  };
}
