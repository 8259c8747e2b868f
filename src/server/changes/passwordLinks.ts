import { PASSWORD_LINK_TTL_MS } from '../../domain/sessionRules';
import { badRequest } from '../errors/apiError';
import type { Change, Op, ReadState } from '../store/types';
import { userById, type User } from '../identity/users';
import { auditBy, type Actor } from '../access/actor';
import { endSessions } from './users';

/** Why a link was mailed: a new user's invitation, or "Glemt adgangskode". */
export type LinkPurpose = 'invite' | 'reset';

/** A mailed link as stored: the hash of its token, never the token. */
export interface PasswordLink {
  id: string;
  userId: number;
  purpose: LinkPurpose;
  expiresAt: number;
}

const linksOf = (state: ReadState, userId: number) =>
  (state.all('passwordLinks') as unknown as PasswordLink[]).filter((l) => l.userId === userId);

/** Whether a user may be mailed a link: active, signing in here (not through the directory), with an e-mail. */
export const mayGetLink = (user: User | undefined): user is User & { email: string } =>
  Boolean(user?.active && (user.source ?? 'local') === 'local' && user.email);

/**
 * A new link for the user, replacing any they had: only the latest mail works. Answers the
 * user when they may get one, else nothing (and stores nothing).
 */
export function issueLink(
  link: { userId: number; purpose: LinkPurpose; tokenHash: string; now: number },
  actor: Actor,
): Change<(User & { email: string }) | undefined> {
  return {
    decide(state) {
      const user = userById(state, link.userId);
      if (!mayGetLink(user)) return { ops: [], audit: [], result: undefined };
      const stored: PasswordLink = {
        id: link.tokenHash,
        userId: user.id,
        purpose: link.purpose,
        expiresAt: link.now + PASSWORD_LINK_TTL_MS,
      };
      return {
        ops: [
          ...linksOf(state, user.id).map((l): Op => ({ op: 'delete', coll: 'passwordLinks', id: l.id })),
          { op: 'put', coll: 'passwordLinks', record: { ...stored } },
        ],
        audit: [
          auditBy(actor, {
            action: link.purpose === 'invite' ? 'passwordInvite' : 'passwordResetRequest',
            resource: 'users',
            recordId: user.id,
            changes: null,
          }),
        ],
        result: user,
      };
    },
  };
}

const unusable = () =>
  badRequest('Linket er brugt eller udløbet. Bed om et nyt under "Glemt adgangskode".', {
    token: 'Brugt eller udløbet',
  });

/** The user a link is for, if it is still good: for the page that asks for the new password. */
export function userOfLink(state: ReadState, tokenHash: string, now: number): User {
  const link = state.find('passwordLinks', tokenHash) as unknown as PasswordLink | undefined;
  const user = link && link.expiresAt > now ? userById(state, link.userId) : undefined;
  if (!mayGetLink(user)) throw unusable();
  return user;
}

/**
 * The new password (hashed before the commit) set through a link, which is used up with
 * every other link of the user; every session of the user ends, wherever it was.
 */
export function redeemLink(link: { tokenHash: string; newHash: string; now: number }): Change<User> {
  return {
    decide(state) {
      const user = userOfLink(state, link.tokenHash, link.now);
      const after: User = { ...user, passwordHash: link.newHash, version: (user.version ?? 1) + 1 };
      return {
        ops: [
          { op: 'put', coll: 'users', record: { ...after } },
          ...linksOf(state, user.id).map((l): Op => ({ op: 'delete', coll: 'passwordLinks', id: l.id })),
          ...endSessions(state, user.id),
        ],
        audit: [
          auditBy(
            { userId: user.id, username: user.username, role: user.role },
            { action: 'passwordReset', resource: 'users', recordId: user.id, changes: null },
          ),
        ],
        result: after,
      };
    },
  };
}

/** Links past their 72 hours, for the sweep. */
export const expiredLinkOps = (state: ReadState, now: number): Op[] =>
  (state.all('passwordLinks') as unknown as PasswordLink[])
    .filter((l) => l.expiresAt <= now)
    .map((l) => ({ op: 'delete', coll: 'passwordLinks', id: l.id }));
