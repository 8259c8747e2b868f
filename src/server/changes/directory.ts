import {
  directoryMappingSchema,
  heldGrant,
  type DirectoryGrant,
  type DirectoryMapping,
} from '../../domain/directory';
import { OIDC_ATTEMPT_TTL_MS } from '../../domain/sessionRules';
import { diff } from '../store/audit';
import { badRequest, notFound } from '../errors/apiError';
import type { AuditDraft, Change, Op, ReadState } from '../store/types';
import { byHandOf, holding, parseWith, toListed, userByName, type User } from '../identity/users';
import { auditBy, type Actor } from '../access/actor';
import type { Session } from './auth';
import { endSessions } from './users';

const MAPPINGS = 'directoryMappings';

export const allMappings = (state: ReadState) =>
  state.all(MAPPINGS) as unknown as readonly DirectoryMapping[];

function checkedMapping(state: ReadState, body: unknown, id: number): DirectoryMapping {
  const data = parseWith(directoryMappingSchema, body);
  if (data.programmeId !== null && !state.find('programmes', data.programmeId))
    throw badRequest('Ret de markerede felter', { programmeId: 'Helhedsplanen findes ikke' });
  const twin = allMappings(state).find(
    (m) => m.id !== id && m.claimValue === data.claimValue && m.programmeId === data.programmeId,
  );
  if (twin)
    throw badRequest('Ret de markerede felter', {
      claimValue: 'Værdien giver allerede en rolle i den helhedsplan',
    });
  return {
    id,
    claimValue: data.claimValue,
    programmeId: data.programmeId,
    role: data.role,
  } as DirectoryMapping;
}

const mappingAudit = (
  actor: Actor,
  action: 'create' | 'update' | 'delete',
  before?: object,
  after?: object,
) =>
  auditBy(actor, {
    action,
    resource: MAPPINGS,
    recordId: ((after ?? before) as DirectoryMapping).id,
    changes: diff(before as Record<string, unknown>, after as Record<string, unknown>),
  });

/** A mapping made, changed or removed by the system administrator; it counts from each user's next sign-in. */
export function saveMapping(id: number | null, body: unknown, actor: Actor): Change<DirectoryMapping> {
  return {
    decide(state) {
      const before = id === null ? undefined : state.find(MAPPINGS, id);
      if (id !== null && !before) throw notFound();
      const mapping = checkedMapping(state, body, id ?? state.issuedId(MAPPINGS) + 1);
      return {
        ops: [{ op: 'put', coll: MAPPINGS, record: { ...mapping } }],
        audit: [mappingAudit(actor, before ? 'update' : 'create', before, mapping)],
        result: mapping,
      };
    },
  };
}

export function deleteMapping(id: number, actor: Actor): Change<DirectoryMapping> {
  return {
    decide(state) {
      const before = state.find(MAPPINGS, id) as DirectoryMapping | undefined;
      if (!before) throw notFound();
      return {
        ops: [{ op: 'delete', coll: MAPPINGS, id }],
        audit: [mappingAudit(actor, 'delete', before)],
        result: before,
      };
    },
  };
}

/** A sign-in on its way to the provider: its secrets, the hash of the browser's key, and when it began. */
export interface OidcAttempt {
  id: string;
  state: string;
  nonce: string;
  verifier: string;
  createdAt: number;
  ip: string;
}

/** Sign-ins begun and not come back, per address and in all: anonymous requests cannot grow the store. */
const OPEN_PER_ADDRESS = 20;
const OPEN_IN_ALL = 2_000;

const openAttempts = (state: ReadState, now: number) =>
  (state.all('oidcAttempts') as unknown as OidcAttempt[]).filter(
    (a) => now - a.createdAt < OIDC_ATTEMPT_TTL_MS,
  );

/** Stores a new attempt, unless too many are open; expired ones go in the same commit. */
export function beginAttempt(attempt: OidcAttempt): Change<boolean> {
  return {
    decide(state) {
      const open = openAttempts(state, attempt.createdAt);
      const expired: Op[] = (state.all('oidcAttempts') as unknown as OidcAttempt[])
        .filter((a) => !open.includes(a))
        .map((a) => ({ op: 'delete', coll: 'oidcAttempts', id: a.id }));
      if (open.length >= OPEN_IN_ALL || open.filter((a) => a.ip === attempt.ip).length >= OPEN_PER_ADDRESS)
        return { ops: expired, audit: [], result: false };
      return {
        ops: [...expired, { op: 'put', coll: 'oidcAttempts', record: { ...attempt } }],
        audit: [],
        result: true,
      };
    },
  };
}

/** The attempt a browser comes back with, used up: a second use of it finds nothing. */
export function takeAttempt(id: string, now: number): Change<OidcAttempt | 'expired' | undefined> {
  return {
    decide(state) {
      const attempt = state.find('oidcAttempts', id) as unknown as OidcAttempt | undefined;
      if (!attempt) return { ops: [], audit: [], result: undefined };
      return {
        ops: [{ op: 'delete', coll: 'oidcAttempts', id }],
        audit: [],
        result: now - attempt.createdAt < OIDC_ATTEMPT_TTL_MS ? attempt : 'expired',
      };
    },
  };
}

/** Why a directory sign-in made no session; the login page says each in Danish. */
export type SignInRefusal = 'unmapped' | 'overage' | 'localUser' | 'inactive' | 'noUsername';

export interface DirectorySignIn {
  issuer: string;
  subject: string;
  username: string | undefined;
  fullName: string | undefined;
  /** What the claims map to now; 'overage' when the directory left the groups out. */
  grant: DirectoryGrant | 'overage';
  session: Pick<Session, 'id' | 'userAgent' | 'oidc'>;
}

const refused = (who: DirectorySignIn, reason: SignInRefusal, user?: User) => ({
  ops: [] as Op[],
  audit: [
    auditBy(
      user
        ? { userId: user.id, username: user.username, role: user.role }
        : { userId: null, username: (who.username ?? who.subject).slice(0, 60), role: null },
      {
        action: 'loginRefused',
        resource: null,
        recordId: null,
        changes: { reason: { before: null, after: reason } },
      },
    ),
  ],
  result: { refused: reason } as const,
});

const linkedUser = (state: ReadState, issuer: string, subject: string) =>
  (state.all('users') as unknown as User[]).find(
    (u) => u.directory?.issuer === issuer && u.directory.subject === subject,
  );

/**
 * A directory sign-in: the user found by issuer + subject (or made just in time, or a local user
 * an administrator allowed to be linked), what the directory grants replaced by what the claims
 * map to now, what was granted by hand kept apart and as it was; a session, unless they hold nothing.
 */
export function directorySignIn(
  who: DirectorySignIn,
  now: number,
): Change<{ user: User } | { refused: SignInRefusal }> {
  return {
    decide(state) {
      if (who.grant === 'overage') return refused(who, 'overage');
      let before = linkedUser(state, who.issuer, who.subject);
      if (!before) {
        if (!who.username) return refused(who, 'noUsername');
        const namesake = userByName(state, who.username);
        if (namesake && !namesake.directoryLinkAllowed) return refused(who, 'localUser', namesake);
        before = namesake;
      }
      if (before && !before.active) return refused(who, 'inactive', before);
      const grant = who.grant;
      const byHand = before ? byHandOf(before) : { memberships: [], admin: false };
      const held = heldGrant(byHand, grant);
      if (!held.admin && held.memberships.length === 0) return refused(who, 'unmapped', before);
      // Linked to the directory, a user has no password, no local second factor and no pending link here.
      const { directoryLinkAllowed: _link, totp: _totp, totpPending: _pending, ...kept } = before ?? {};
      const user: User = {
        ...kept,
        id: before?.id ?? state.issuedId('users') + 1,
        username: before?.username ?? who.username!,
        fullName: who.fullName || before?.fullName || who.username!,
        ...holding(held),
        active: true,
        passwordHash: '',
        version: before ? (before.version ?? 1) + 1 : 1,
        source: 'oidc',
        directory: {
          issuer: who.issuer,
          subject: who.subject,
          memberships: grant.memberships,
          admin: grant.admin,
          byHand,
        },
      };
      const actor = { userId: user.id, username: user.username, role: user.role };
      const changes = diff(before && toListed(before), toListed(user));
      const audit: AuditDraft[] = [];
      if (Object.keys(changes).length > 0)
        audit.push(
          auditBy(actor, {
            action: before ? 'userUpdate' : 'userCreate',
            resource: 'users',
            recordId: user.id,
            changes,
          }),
        );
      audit.push(auditBy(actor, { action: 'login', resource: null, recordId: null, changes: null }));
      const session: Session = {
        ...who.session,
        userId: user.id,
        createdAt: now,
        lastSeen: now,
        method: 'oidc',
      };
      return {
        ops: [
          { op: 'put', coll: 'users', record: { ...user } },
          // A local user just linked: their password sessions end with their password.
          ...(before && before.source !== 'oidc' ? endSessions(state, before.id) : []),
          { op: 'put', coll: 'sessions', record: { ...session } },
        ],
        audit,
        result: { user },
      };
    },
  };
}

/** A back-channel logout: every session the provider's session (sid) or subject (sub) names ends. */
export function endDirectorySessions(names: { issuer: string; sid?: string; sub?: string }): Change<number> {
  return {
    decide(state) {
      const ended = (state.all('sessions') as unknown as Session[]).filter(
        (s) =>
          s.oidc?.issuer === names.issuer &&
          ((names.sid !== undefined && s.oidc.sid === names.sid) ||
            (names.sub !== undefined && s.oidc.subject === names.sub)),
      );
      const users = [...new Set(ended.map((s) => s.userId))];
      return {
        ops: ended.map((s): Op => ({ op: 'delete', coll: 'sessions', id: s.id })),
        audit: users.map((userId) =>
          auditBy(
            { userId: null, username: 'identitetsudbyder', role: null },
            { action: 'logout', resource: 'users', recordId: userId, changes: null },
          ),
        ),
        result: ended.length,
      };
    },
  };
}

/** An administrator lets a local user be linked to the directory account with the same username at its next sign-in. */
export function allowDirectoryLink(user: User, actor: Actor): Change<User> {
  return {
    decide(state) {
      const current = state.find('users', user.id) as unknown as User | undefined;
      if (!current) throw notFound();
      const after: User = { ...current, directoryLinkAllowed: true, version: (current.version ?? 1) + 1 };
      return {
        ops: [{ op: 'put', coll: 'users', record: { ...after } }],
        audit: [
          auditBy(actor, {
            action: 'userUpdate',
            resource: 'users',
            recordId: user.id,
            changes: { directoryLinkAllowed: { before: false, after: true } },
          }),
        ],
        result: after,
      };
    },
  };
}
