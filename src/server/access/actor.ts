import type { Grants, Membership } from '../../domain/access';
import type { Role } from '../../domain/roles';
import type { AuditDraft } from '../store/types';

/**
 * Who makes a change: named in the audit log, and holding the grants every access decision
 * reads. A script run by the operator has no role and reaches every programme.
 */
export interface Actor {
  userId: number | null;
  username: string | null;
  role: Role | null;
  /** The programmes a user may reach; a script (no role) reaches all. */
  memberships?: readonly Membership[];
}

/** A user's grants, or null for a script run by the operator (no role), which reaches every programme. */
export const grantsOf = (actor: Actor): Grants | null =>
  actor.role === null ? null : { role: actor.role, memberships: actor.memberships ?? [] };

/** An audit entry in the actor's name. */
export const auditBy = (actor: Actor, entry: Omit<AuditDraft, 'userId' | 'username'>): AuditDraft => ({
  userId: actor.userId,
  username: actor.username,
  ...entry,
});
