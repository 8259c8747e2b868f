import { useGrants } from '../providers/useGrants';
import { programmeRoleChoices, roleChoices } from './choices';

/** The roles the logged-in user may give: the system administrator's only by a system administrator. */
export function useRoleChoices() {
  return useGrants()?.role === 'admin' ? roleChoices : programmeRoleChoices;
}
