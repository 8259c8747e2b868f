import type { AuthProvider } from 'react-admin';
import { mayAnywhere, mayIn, type Membership } from '../../domain/access';
import type { Action, Role } from '../../domain/roles';
import { flushUnsavedWork, unsavedBackup } from './unsavedWork';

export interface Me {
  id: number;
  username: string;
  fullName: string;
  /** `admin` (the system administrator), else the strongest role of the memberships. */
  role: Role;
  memberships: Membership[];
}

let me: Promise<Me | undefined> | undefined;

async function fetchMe(): Promise<Me | undefined> {
  const res = await fetch('/api/auth/me');
  return res.ok ? ((await res.json()) as Me) : undefined;
}

/** The logged-in user, asked of the server once and then remembered until login or logout. */
export function currentUser(refresh = false): Promise<Me | undefined> {
  if (refresh || !me) me = fetchMe();
  return me;
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** react-admin's actions mapped to ours; clone is a create. */
const toAction = (action: string): Action => (action === 'clone' ? 'create' : (action as Action));

const idOf = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isNaN(Number(value))
    ? undefined
    : Number(value);

/** The programme a record belongs to as far as the panel can tell: its own id, or its `programmeId`. */
function programmeOfRecord(resource: string, record: Record<string, unknown> | undefined) {
  if (!record) return undefined;
  return idOf(resource === 'programmes' ? record.id : record.programmeId);
}

/**
 * The server's rule, mirrored to hide what the user may not do: with a record, the user's role
 * in that record's programme; without one (a menu, a list's Create), whether any of the user's
 * roles allows it. Records that name no programme (a log entry, a measurement) go by any role.
 */
export function canAccess(
  user: Pick<Me, 'role' | 'memberships'> | undefined,
  params: { action: string; resource: string; record?: Record<string, unknown> },
): boolean {
  if (!user) return false;
  const grants = { role: user.role, memberships: user.memberships ?? [] };
  const action = toAction(params.action);
  const programmeId = programmeOfRecord(params.resource, params.record);
  return programmeId === undefined
    ? mayAnywhere(grants, action, params.resource)
    : mayIn(grants, action, params.resource, programmeId);
}

/**
 * The session against the server. `preload` fetches the first page's code (the dashboard) while
 * the login is checked; App hands it in, so the providers know no page.
 */
export const createAuthProvider = ({ preload }: { preload?: () => Promise<unknown> } = {}): AuthProvider => ({
  async login({ username, password }) {
    if (preload) void preload().catch(() => undefined);
    const res = await postJson('/api/auth/login', { username, password });
    if (!res.ok) {
      me = undefined;
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      throw new Error(body.message ?? 'ra.auth.sign_in_error');
    }
    me = Promise.resolve((await res.json()) as Me);
  },
  async logout() {
    // What a form has not sent yet goes first, while the session still lets it. After a lost
    // session the tab keeps it instead, to send once the user has logged in again.
    if (me) {
      await flushUnsavedWork();
      unsavedBackup.clearAll();
    }
    const res = await postJson('/api/auth/logout', {}).catch(() => undefined);
    me = undefined;
    // Signed in at the organisation: on to its own sign-out, which sends the browser back here.
    const body = (await res?.json().catch(() => undefined)) as { endSessionUrl?: string } | undefined;
    return body?.endSessionUrl;
  },
  async checkAuth() {
    // Asked on every page: the remembered user will do until the server answers 401 (checkError).
    if (!(await currentUser())) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      me = undefined;
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async getIdentity() {
    const user = await currentUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return {
      id: user.id,
      fullName: user.fullName,
      username: user.username,
      role: user.role,
      memberships: user.memberships ?? [],
    };
  },
  async getPermissions() {
    return (await currentUser())?.role;
  },
  async canAccess({ action, resource, record }) {
    return canAccess(await currentUser(), { action, resource, record });
  },
});
