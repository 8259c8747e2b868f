import type { Request } from 'express';
import type { Actor } from './store/types';

/** The logged-in user making a request, as a change names them. */
export const actorOf = (req: Request): Actor => ({
  userId: req.user?.id ?? null,
  username: req.user?.username ?? null,
  role: req.user?.role ?? null,
});
