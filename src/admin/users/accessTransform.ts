import { summaryRole, type Membership } from '../../domain/access';
import type { Role } from '../../domain/roles';

type UserForm = { role: Role; memberships?: Membership[] } & Record<string, unknown>;

/**
 * What the form sends of a user's access: a system administrator has no memberships; anyone
 * else's role is the strongest of their rows, as the server answers it. No rows is sent as
 * none, and the server says in Danish that one is needed.
 */
export const accessTransform = ({ memberships = [], ...data }: UserForm) =>
  data.role === 'admin'
    ? { ...data, memberships: [] }
    : { ...data, role: summaryRole('board', memberships), memberships };
