import type { Request } from 'express';
import type { Actor } from './store/types';

/** The logged-in user making a request, as a change names them and checks their programmes. */
export const actorOf = (req: Request): Actor => ({
  userId: req.user?.id ?? null,
  username: req.user?.username ?? null,
  role: req.user?.role ?? null,
  memberships: req.user?.memberships ?? [],
});
