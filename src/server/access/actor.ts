import type { Request } from 'express';
import type { Grants } from '../../domain/access';
import type { Actor } from '../store/types';

/** The logged-in user making a request, as a change names them and checks their programmes. */
export const actorOf = (req: Request): Actor => ({
  userId: req.user?.id ?? null,
  username: req.user?.username ?? null,
  role: req.user?.role ?? null,
  memberships: req.user?.memberships ?? [],
});

/** A user's grants, or null for a script run by the operator (no role), which reaches every programme. */
export const grantsOf = (actor: Actor): Grants | null =>
  actor.role === null ? null : { role: actor.role, memberships: actor.memberships ?? [] };
