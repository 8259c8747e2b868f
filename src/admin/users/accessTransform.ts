import type { RaRecord } from 'react-admin';
import { summaryRole, type Membership } from '../../domain/access';
import type { Role } from '../../domain/roles';

type UserForm = { role: Role; memberships?: Membership[] } & Record<string, unknown>;

/**
 * Whether an empty list of memberships means the role in every programme the administrator
 * manages: for a new user, and for a system administrator made an ordinary user. The server
 * does that when `memberships` is left out; anyone else's empty list takes them out of all.
 */
export const emptyMeansAll = (creating: boolean, previous: RaRecord | undefined) =>
  creating || previous?.role === 'admin';

/**
 * What the form sends of a user's access. A system administrator has no memberships. Others
 * show the strongest role of their memberships, as the server answers it.
 */
export function accessTransform(creating: boolean) {
  return ({ memberships = [], ...data }: UserForm, options?: { previousData?: RaRecord }) => {
    if (data.role === 'admin') return { ...data, memberships: [] };
    if (memberships.length === 0 && emptyMeansAll(creating, options?.previousData)) return data;
    return { ...data, role: summaryRole(data.role, memberships), memberships };
  };
}
