import type { Membership } from '../../domain/access';
import type { DashboardStart } from '../../domain/dashboardStart';
import type { Role } from '../../domain/roles';

/** POST /api/auth/login, POST /api/auth/totp/verify and GET /api/auth/me: the signed-in user. */
export interface Me {
  id: number;
  username: string;
  fullName: string;
  /** `admin` (the system administrator), else the strongest role of the memberships. */
  role: Role;
  memberships: Membership[];
  /** The policy asks for a second factor the user has not set up: the server answers nothing else. */
  secondFactor?: 'enrol';
  /** The user's programmes and where the dashboard opens: its first render asks for nothing else first. */
  dashboard?: DashboardStart;
}

export type { DashboardStart };
