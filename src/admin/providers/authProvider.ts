import type { AuthProvider } from 'react-admin';
import { mayAnywhere, mayIn } from '../../domain/access';
import type { Action } from '../../domain/roles';
import type { Me } from '../api/me';
import {
  currentUser,
  forgetUser,
  postJson,
  SecondFactorNeeded,
  signedInBy,
  signInWithPassword,
  SignInRefused,
  someoneRemembered,
} from './session';
import { flushUnsavedWork, unsavedBackup } from './unsavedWork';

export { currentUser };

export { SecondFactorNeeded, SignInRefused };

/** What the login page hands to `login`: the password, then perhaps a code, or word that enrolment is done. */
export type SignInStep =
  { username: string; password: string } | { code: string } | { recoveryCode: string } | { enrolled: true };

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
  async login(step: SignInStep) {
    if (preload) void preload().catch(() => undefined);
    if ('enrolled' in step) {
      const user = await currentUser(true);
      if (!user || user.secondFactor) throw new SignInRefused('ra.auth.auth_check_error', 401);
      return;
    }
    if ('password' in step) await signInWithPassword(step.username, step.password);
    else {
      forgetUser();
      await signedInBy(await postJson('/api/auth/totp/verify', step));
    }
  },
  async logout() {
    // What a form has not sent yet goes first, while the session still lets it. After a lost
    // session the tab keeps it instead, to send once the user has logged in again.
    if (someoneRemembered()) {
      await flushUnsavedWork();
      unsavedBackup.clearAll();
    }
    const res = await postJson('/api/auth/logout', {}).catch(() => undefined);
    forgetUser();
    // Signed in at the organisation: on to its own sign-out, which sends the browser back here.
    const body = (await res?.json().catch(() => undefined)) as { endSessionUrl?: string } | undefined;
    return body?.endSessionUrl;
  },
  async checkAuth() {
    // Asked on every page: the remembered user will do until the server answers 401 (checkError).
    const user = await currentUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    // Set up at sign-in: the way there is logging in again (a policy can change under an open session).
    if (user.secondFactor) throw new Error('beredskab.secondFactor.enrolFirst');
  },
  async checkError(error: { status?: number; body?: { secondFactor?: string } }) {
    if (error?.status === 401) {
      forgetUser();
      throw new Error('ra.auth.auth_check_error');
    }
    // The user is remembered until the logout that follows: react-admin says why only to a user still signed in.
    if (error?.status === 403 && error.body?.secondFactor === 'enrol')
      throw new Error('beredskab.secondFactor.enrolFirst');
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
      dashboard: user.dashboard,
    };
  },
  async getPermissions() {
    return (await currentUser())?.role;
  },
  async canAccess({ action, resource, record }) {
    return canAccess(await currentUser(), { action, resource, record });
  },
});
