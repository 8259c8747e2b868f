import { useGetIdentity } from 'react-admin';
import type { Grants } from '../../domain/access';

/** The logged-in user's role and memberships (react-admin's identity); undefined while loading. */
export function useGrants(): Grants | undefined {
  const { identity } = useGetIdentity();
  if (!identity) return undefined;
  return {
    role: identity.role as Grants['role'],
    memberships: (identity.memberships ?? []) as Grants['memberships'],
  };
}
