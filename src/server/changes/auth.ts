import {
  countAttempt,
  forgetAttempt,
  lockedFor,
  trackIdle,
  emptyTrack,
  type Track,
} from '../../domain/loginThrottle';
import { OIDC_ATTEMPT_TTL_MS, pendingExpired, sessionExpired } from '../../domain/sessionRules';
import { ApiError } from '../errors/apiError';
import type { AuditDraft, Change, Op, ReadState, Row } from '../store/types';
import { userById, type User } from '../identity/users';
import { asksSecondFactor } from '../identity/secondFactor';
import { endSessions } from './users';
import { expiredLinkOps } from './passwordLinks';
import { auditBy, type Actor } from '../access/actor';

/** A session as stored: the hash of its token, never the token itself. */
export interface Session {
  id: string;
  userId: number;
  createdAt: number;
  lastSeen: number;
  /** How the user signed in; sessions from before this was kept were by password. */
  method?: 'password' | 'oidc';
  /** The browser's User-Agent at sign-in, cut short: for the user's list of their sessions. */
  userAgent?: string;
  /** Signed in with the password, the second factor not yet given: reaches only its check. */
  pending?: 'totp';
  /** The identity provider's session, for logging out there and for its back-channel logout. */
  oidc?: { issuer: string; subject: string; sid?: string; idToken?: string };
}

/** What is kept of a browser's User-Agent: enough to tell a phone from a desk, no more. */
export const userAgentOf = (header: string | undefined) => (header ?? '').slice(0, 200) || undefined;

type StoredTrack = Track & { id: string };

const trackOf = (state: ReadState, key: string) =>
  (state.find('loginFailures', key) as StoredTrack | undefined) ?? { id: key, ...emptyTrack() };
const putTrack = (key: string, track: Track): Op => ({
  op: 'put',
  coll: 'loginFailures',
  record: { id: key, ...track },
});

const anonymous = (username: string | null): Actor => ({
  userId: null,
  username: username?.slice(0, 60) ?? null,
  role: null,
});
const event = (actor: Actor, action: AuditDraft['action'], recordId: number | null = null): AuditDraft =>
  auditBy(actor, { action, resource: recordId === null ? null : 'users', recordId, changes: null });

/** Milliseconds a key is still locked at `at`: 0 when it is not. */
export const lockWaitOf = (state: ReadState, key: string, at: number) => lockedFor(trackOf(state, key), at);

/** The lock that refused a try: its key, and when it ends (milliseconds, real time). */
export interface Lockout {
  key: string;
  until: number;
}

/** Who tried while a key was locked, and the action their refusals are audited under. */
export interface Refusal {
  actor: Actor;
  action: AuditDraft['action'];
  recordId?: number;
}

/** The tries one lockout refused, counted. */
export type CountedRefusals = Lockout & Refusal & { refused: number };

/**
 * Counts an attempt against every key before the password is checked, so that parallel
 * guesses cannot all pass. A locked key answers with its lock (the longest, if several)
 * and stores nothing: a client that keeps trying must not grow the store with each try.
 */
export function attempt(keys: string[], at: number): Change<Lockout | undefined> {
  return {
    decide(state) {
      const tracks = keys.map((key) => trackOf(state, key));
      const waits = tracks.map((t) => lockedFor(t, at));
      const longest = waits.indexOf(Math.max(...waits));
      if (waits[longest]! > 0)
        return { ops: [], audit: [], result: { key: keys[longest]!, until: tracks[longest]!.lockedUntil } };
      return {
        ops: keys.map((key, i) => putTrack(key, countAttempt(tracks[i], at))),
        audit: [],
        result: undefined,
      };
    },
  };
}

/** One audit entry a lockout: how many tries it refused, and until when it held. */
export function refusalsCounted(lockouts: readonly CountedRefusals[]): Change<void> {
  return {
    decide: () => ({
      ops: [],
      audit: lockouts.map((l) => ({
        ...event(l.actor, l.action, l.recordId),
        changes: {
          refused: { before: 0, after: l.refused },
          lockedUntil: { before: null, after: new Date(l.until).toISOString() },
        },
      })),
      result: undefined,
    }),
  };
}

export const loginKeys = (username: string, ip: string | undefined) => [
  `user:${username.trim().toLowerCase()}`,
  `ip:${ip ?? 'unknown'}`,
];

export const loginRefusal = (username: string): Refusal => ({
  actor: anonymous(username),
  action: 'loginRefused',
});

export function loginFailed(username: string): Change<void> {
  return {
    decide: () => ({ ops: [], audit: [event(anonymous(username), 'loginFailed')], result: undefined }),
  };
}

/**
 * The password was right: a session, unless the user was deactivated or given a new
 * password while it was checked. The username's failures are forgotten; the address's
 * others still count, so one good account cannot clear guesses at other usernames. A user
 * with a second factor gets a session that waits for the code (`pending`).
 */
export function loginSucceeded(
  login: {
    user: User;
    sessionId: string;
    username: string;
    ip: string | undefined;
    at: number;
    userAgent?: string;
  },
  now: number,
): Change<User | undefined> {
  return {
    decide(state) {
      const user = userById(state, login.user.id);
      if (!user?.active || user.passwordHash !== login.user.passwordHash)
        return { ops: [], audit: [event(anonymous(login.username), 'loginFailed')], result: undefined };
      const [userKey, ipKey] = loginKeys(login.username, login.ip) as [string, string];
      const pending = asksSecondFactor(user);
      const session: Session = {
        id: login.sessionId,
        userId: user.id,
        createdAt: now,
        lastSeen: now,
        method: 'password',
        userAgent: login.userAgent,
        ...(pending ? { pending: 'totp' as const } : {}),
      };
      return {
        ops: [
          { op: 'delete', coll: 'loginFailures', id: userKey },
          putTrack(ipKey, forgetAttempt(trackOf(state, ipKey), login.at)),
          { op: 'put', coll: 'sessions', record: { ...session } },
        ],
        audit: [
          event(
            { userId: user.id, username: user.username, role: user.role },
            pending ? 'secondFactorAsked' : 'login',
          ),
        ],
        result: user,
      };
    },
  };
}

export function logout(sessionId: string, actor: Actor): Change<void> {
  return {
    decide: () => ({
      ops: [{ op: 'delete', coll: 'sessions', id: sessionId }],
      audit: [event(actor, 'logout')],
      result: undefined,
    }),
  };
}

export const passwordKey = (userId: number) => `password:${userId}`;

export function passwordFailed(actor: Actor): Change<void> {
  return {
    decide: () => ({
      ops: [],
      audit: [event(actor, 'passwordChangeFailed', actor.userId)],
      result: undefined,
    }),
  };
}

/**
 * A user's own new password, hashed before the commit. Refused if the password changed
 * while the old one was checked. Every other session of the user ends.
 */
export function changeOwnPassword(
  change: { userId: number; checkedHash: string; newHash: string; sessionId: string; at: number },
  actor: Actor,
): Change<void> {
  return {
    decide(state) {
      const user = userById(state, change.userId);
      if (!user?.active) throw new ApiError(401, 'Log ind for at fortsætte');
      if (user.passwordHash !== change.checkedHash)
        throw new ApiError(409, 'Adgangskoden er ændret imens; prøv igen');
      const key = passwordKey(user.id);
      return {
        ops: [
          {
            op: 'put',
            coll: 'users',
            record: { ...user, passwordHash: change.newHash, version: (user.version ?? 1) + 1 },
          },
          putTrack(key, forgetAttempt(trackOf(state, key), change.at)),
          ...endSessions(state, user.id, change.sessionId),
        ],
        audit: [event(actor, 'passwordChange', user.id)],
        result: undefined,
      };
    },
  };
}

/** Stored only now and then: a request refreshes its session at most once a minute. */
export function touchSession(session: Session, now: number): Change<void> {
  return {
    decide: (state) => ({
      ops: state.find('sessions', session.id)
        ? [{ op: 'put', coll: 'sessions', record: { ...session, lastSeen: now } }]
        : [],
      audit: [],
      result: undefined,
    }),
  };
}

/** A stored session no request can use any more: its user gone or deactivated, its time up, its second factor not given in time. */
export function sessionEnded(state: ReadState, row: Row, now: number): boolean {
  const session = row as unknown as Session;
  const user = userById(state, session.userId);
  return !user?.active || sessionExpired(session, now) || (!!session.pending && pendingExpired(session, now));
}

/** What a lock's key is for (`user`, `ip`, `password`, `totp`, `forgot`), never whose: the part before its first colon. */
export function lockKindOf(key: string): string {
  const kind = /^([a-z]{1,20}):/.exec(key)?.[1];
  return kind ?? 'other';
}

/**
 * Expired sessions, failed logins that no longer count, abandoned sign-ins and mailed password
 * links past their 72 hours are forgotten. The links are timed on the server's clock (`linkNow`),
 * which issued them; the rest on real time (`now`).
 */
export function sweepAuth(now: number, linkNow: number): Change<void> {
  return {
    decide(state) {
      const ops: Op[] = [
        ...state
          .all('sessions')
          .filter((s) => sessionEnded(state, s, now))
          .map((s): Op => ({ op: 'delete', coll: 'sessions', id: s.id })),
        ...state
          .all('loginFailures')
          .filter((t) => trackIdle(t as unknown as Track, now))
          .map((t): Op => ({ op: 'delete', coll: 'loginFailures', id: t.id })),
        ...expiredLinkOps(state, linkNow),
        // Sign-ins at the provider never come back from: their secrets are no use after ten minutes.
        ...state
          .all('oidcAttempts')
          .filter((a) => now - (a.createdAt as number) >= OIDC_ATTEMPT_TTL_MS)
          .map((a): Op => ({ op: 'delete', coll: 'oidcAttempts', id: a.id })),
      ];
      return { ops, audit: [], result: undefined };
    },
  };
}
