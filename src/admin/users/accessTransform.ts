import { summaryRole, type Membership } from '../../domain/access';
import type { Role } from '../../domain/roles';

type UserForm = { role: Role; memberships?: Membership[] } & Record<string, unknown>;

/**
 * What the form sends of a user's access. A system administrator has no memberships. Others
 * show the strongest role of their memberships, as the server answers it. A new user with no
 * rows gets the role in every programme the administrator manages: the server does that when
 * `memberships` is left out, so an empty list is not sent on create.
 */
export function accessTransform(creating: boolean) {
  return ({ memberships = [], ...data }: UserForm) => {
    if (data.role === 'admin') return { ...data, memberships: [] };
    if (creating && memberships.length === 0) return data;
    return { ...data, role: summaryRole(data.role, memberships), memberships };
  };
}
