import { ApiError } from '../errors/apiError';
import type { AuditDraft, Change, Op } from '../store/types';
import { toListed, userById, type TotpFactor, type User } from '../identity/users';
import { coveredByPolicy, secondFactorPolicy, withoutSecondFactor } from '../identity/secondFactor';
import { auditBy, type Actor } from '../access/actor';
import type { Session } from './auth';
import { endSessions, managedUser } from './users';
import { diff } from '../store/audit';

/** Wrong codes are counted per user, as wrong passwords are: five in a quarter of an hour lock the factor. */
export const totpKey = (userId: number) => `totp:${userId}`;

/** A code or a recovery code the route has checked against the secret; the commit spends it, once. */
export type Proof = { step: number } | { recoveryHash: string };

/** The factor once the proof is spent; undefined when it was spent already. */
function spend(factor: TotpFactor, proof: Proof): TotpFactor | undefined {
  if ('step' in proof) return proof.step > factor.lastStep ? { ...factor, lastStep: proof.step } : undefined;
  const left = factor.recoveryCodes.filter((hash) => hash !== proof.recoveryHash);
  return left.length < factor.recoveryCodes.length ? { ...factor, recoveryCodes: left } : undefined;
}

const putUser = (user: User): Op => ({ op: 'put', coll: 'users', record: { ...user } });
const forgetFailures = (userId: number): Op => ({ op: 'delete', coll: 'loginFailures', id: totpKey(userId) });
const userEvent = (
  actor: Actor,
  action: AuditDraft['action'],
  userId: number,
  changes: AuditDraft['changes'] = null,
) => auditBy(actor, { action, resource: 'users', recordId: userId, changes });
const factorChange = (before: boolean, after: boolean) => ({ secondFactor: { before, after } });

const signedOut = () => new ApiError(401, 'Log ind for at fortsætte');
const alreadyOn = () => new ApiError(409, 'Totrinsbekræftelse er allerede slået til');

/** The user as the audit log names them, for a session that has no grants yet. */
export const actorOfUser = (user: User): Actor => ({
  userId: user.id,
  username: user.username,
  role: user.role,
});

/** A wrong code: audited, the attempt already counted. */
export function secondFactorFailed(actor: Actor, userId: number): Change<void> {
  return {
    decide: () => ({ ops: [], audit: [userEvent(actor, 'secondFactorFailed', userId)], result: undefined }),
  };
}

/** A new secret (sealed) waits for its first code; starting again replaces it. */
export function startEnrolment(userId: number, sealed: string): Change<void> {
  return {
    decide(state) {
      const user = userById(state, userId);
      if (!user?.active) throw signedOut();
      if (user.totp) throw alreadyOn();
      return { ops: [putUser({ ...user, totpPending: sealed })], audit: [], result: undefined };
    },
  };
}

/** The first code proves the app holds the secret: the factor is on, with the recovery codes' hashes. */
export function confirmEnrolment(
  confirm: { userId: number; pending: string; step: number; recoveryHashes: string[] },
  actor: Actor,
): Change<void> {
  return {
    decide(state) {
      const user = userById(state, confirm.userId);
      if (!user?.active) throw signedOut();
      if (user.totp) throw alreadyOn();
      if (user.totpPending !== confirm.pending)
        throw new ApiError(409, 'Opsætningen er begyndt forfra i et andet vindue; brug den nye QR-kode');
      const factor: TotpFactor = {
        secret: confirm.pending,
        lastStep: confirm.step,
        recoveryCodes: confirm.recoveryHashes,
      };
      return {
        ops: [putUser({ ...withoutSecondFactor(user), totp: factor }), forgetFailures(user.id)],
        audit: [userEvent(actor, 'secondFactorEnrol', user.id, factorChange(false, true))],
        result: undefined,
      };
    },
  };
}

/**
 * The second step of a sign-in: the code (or a recovery code) is spent and the waiting
 * session is replaced by a full one under a new token. A code already used, or one raced by
 * a parallel request, is refused here, inside the commit.
 */
export function verifySecondFactor(
  verify: { sessionId: string; newSessionId: string; userId: number; secret: string; proof: Proof },
  now: number,
): Change<User | undefined> {
  return {
    decide(state) {
      const session = state.find('sessions', verify.sessionId) as Session | undefined;
      const user = userById(state, verify.userId);
      if (!session?.pending || session.userId !== verify.userId || !user?.active) throw signedOut();
      const actor = actorOfUser(user);
      const factor = user.totp?.secret === verify.secret ? spend(user.totp, verify.proof) : undefined;
      if (!factor)
        return { ops: [], audit: [userEvent(actor, 'secondFactorFailed', user.id)], result: undefined };
      const { pending: _pending, ...full } = session;
      const after = { ...user, totp: factor };
      return {
        ops: [
          putUser(after),
          { op: 'delete', coll: 'sessions', id: session.id },
          { op: 'put', coll: 'sessions', record: { ...full, id: verify.newSessionId, lastSeen: now } },
          forgetFailures(user.id),
        ],
        audit: [
          ...('recoveryHash' in verify.proof ? [userEvent(actor, 'recoveryCodeUsed', user.id)] : []),
          auditBy(actor, { action: 'login', resource: null, recordId: null, changes: null }),
        ],
        result: after,
      };
    },
  };
}

/**
 * A user turns their own factor off with a code from it; not while the policy asks them for
 * one (an administrator resets it instead). False when the code was spent already.
 */
export function removeOwnSecondFactor(
  remove: { userId: number; secret: string; proof: Proof },
  actor: Actor,
): Change<boolean> {
  return {
    decide(state) {
      const user = userById(state, remove.userId);
      if (!user?.active) throw signedOut();
      if (!user.totp || user.totp.secret !== remove.secret)
        throw new ApiError(409, 'Totrinsbekræftelsen er ændret imens; indlæs siden igen');
      if (coveredByPolicy(secondFactorPolicy(state), user))
        throw new ApiError(403, 'Totrinsbekræftelse er påkrævet for dig; bed en administrator nulstille den');
      if (!spend(user.totp, remove.proof))
        return { ops: [], audit: [userEvent(actor, 'secondFactorFailed', user.id)], result: false };
      return {
        ops: [putUser(withoutSecondFactor(user)), forgetFailures(user.id)],
        audit: [userEvent(actor, 'secondFactorRemove', user.id, factorChange(true, false))],
        result: true,
      };
    },
  };
}

/**
 * An administrator resets a user's second factor (a lost phone): it is gone, the user's
 * sessions end, and they set it up again at their next sign-in if the policy asks.
 */
export function resetSecondFactor(id: number, actor: Actor, keepSession?: string): Change<void> {
  return {
    decide(state) {
      const before = managedUser(state, actor, id);
      const after = withoutSecondFactor(before);
      return {
        ops: [putUser(after), forgetFailures(id), ...endSessions(state, id, keepSession)],
        audit: [userEvent(actor, 'secondFactorReset', id, diff(toListed(before), toListed(after)))],
        result: undefined,
      };
    },
  };
}
