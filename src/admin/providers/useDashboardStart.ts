import { useGetIdentity } from 'react-admin';
import type { DashboardStart } from '../api/me';

/** The programmes and the opening one the login answer carried; undefined while loading or from an older answer. */
export function useDashboardStart(): DashboardStart | undefined {
  const { identity } = useGetIdentity();
  return identity?.dashboard as DashboardStart | undefined;
}
