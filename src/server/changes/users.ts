import { mergedMemberships, summaryRole, visibleRole, type Membership } from '../../domain/access';
import type { ProgrammeRole } from '../../domain/roles';
import { userUpdateSchema } from '../../domain/userSchema';
import { diff } from '../store/audit';
import { ApiError, badRequest, notFound } from '../errors/apiError';
import { forbidden, programmesFor } from '../access/programmeAccess';
import { recordsOf } from '../store/records';
import type { Change, Op, ReadState } from '../store/types';
import {
  heldAfterEdit,
  listedAs,
  membershipsOf,
  parseWith,
  toListed,
  userById,
  userByName,
  type ListedUser,
  type User,
} from '../identity/users';
import { auditBy, type Actor } from '../access/actor';

export interface NewUser {
  username: string;
  fullName?: string | null;
  email?: string | null;
  phone?: string | null;
  role: User['role'];
  /** Without them a user gets the role in every programme there is now (as before memberships). */
  memberships?: Membership[];
  /** Hashed before the commit: the slow part never sits between a check and its write. */
  passwordHash: string;
}

/** Every session of a user ends: a new role, a deactivation or a new password takes effect at once. */
export function endSessions(state: ReadState, userId: number, keep?: string): Op[] {
  return state
    .all('sessions')
    .filter((s) => s.userId === userId && s.id !== keep)
    .map((s) => ({ op: 'delete', coll: 'sessions', id: s.id }));
}

/** The programmes whose users the actor manages; null for the system administrator or a script. */
export function managedBy(actor: Actor): ReadonlySet<number> | null {
  return programmesFor(actor, 'edit', 'users');
}

/** The role in every programme the actor manages: the meaning of a role given without memberships. */
function everywhere(
  state: ReadState,
  role: ProgrammeRole,
  managed: ReadonlySet<number> | null,
): Membership[] {
  return recordsOf(state, 'programmes')
    .filter((p) => managed === null || managed.has(p.id))
    .map((p) => ({ programmeId: p.id, role }));
}

/** Memberships name programmes that exist and that the actor manages. */
function checkMemberships(
  state: ReadState,
  memberships: readonly Membership[],
  managed: ReadonlySet<number> | null,
) {
  const errors: Record<string, string> = {};
  memberships.forEach((m, i) => {
    if (!state.find('programmes', m.programmeId) || (managed !== null && !managed.has(m.programmeId)))
      errors[`memberships.${i}.programmeId`] = 'Ikke en af dine helhedsplaner';
  });
  if (Object.keys(errors).length > 0) throw badRequest('Ret de markerede felter', errors);
}

/** Only the system administrator makes (or unmakes) a system administrator. */
function assertMayGiveRole(actor: Actor, role: User['role']) {
  if (role === 'admin' && managedBy(actor) !== null) throw forbidden();
}

export function addUser(input: NewUser, actor: Actor): Change<User> {
  return {
    decide(state) {
      assertMayGiveRole(actor, input.role);
      const managed = managedBy(actor);
      if (userByName(state, input.username))
        throw badRequest(`Brugeren ${input.username} findes allerede`, {
          username: 'Brugernavnet er optaget',
        });
      const memberships =
        input.role === 'admin' ? [] : (input.memberships ?? everywhere(state, input.role, managed));
      checkMemberships(state, memberships, managed);
      if (managed !== null && memberships.length === 0)
        throw badRequest('Giv brugeren en rolle i mindst én helhedsplan', {
          memberships: 'Vælg en helhedsplan',
        });
      const user: User = {
        id: state.issuedId('users') + 1,
        username: input.username,
        fullName: input.fullName || input.username,
        email: input.email ?? null,
        phone: input.phone ?? null,
        role: summaryRole(input.role, memberships),
        memberships: mergedMemberships([], memberships, null),
        active: true,
        passwordHash: input.passwordHash,
        version: 1,
      };
      const changes = diff(undefined, toListed(user));
      return {
        ops: [{ op: 'put', coll: 'users', record: { ...user } }],
        audit: [auditBy(actor, { action: 'userCreate', resource: 'users', recordId: user.id, changes })],
        result: user,
      };
    },
  };
}

/**
 * A user the actor may manage: the system administrator any; a programme administrator a
 * user in one of their programmes who is no system administrator (anyone else is 404).
 */
export function managedUser(state: ReadState, actor: Actor, id: number): User {
  const user = userById(state, id);
  const managed = managedBy(actor);
  if (!user) throw notFound();
  if (managed === null) return user;
  if (user.role === 'admin' || !membershipsOf(user).some((m) => managed.has(m.programmeId))) throw notFound();
  return user;
}

/**
 * The memberships an update leaves: those sent (as the schema parsed them, unknown keys
 * gone), or a role given alone applied to each of the actor's.
 */
function membershipsAfter(
  state: ReadState,
  before: User,
  body: Record<string, unknown>,
  data: { role: User['role']; memberships?: Membership[] },
  actor: Actor,
) {
  const managed = managedBy(actor);
  const { role } = data;
  if (role === 'admin') return [];
  const sent = body.memberships === undefined ? undefined : data.memberships;
  if (sent) {
    checkMemberships(state, sent, managed);
    return mergedMemberships(membershipsOf(before), sent, managed);
  }
  const current = membershipsOf(before);
  // The role as the actor was shown it, sent back unchanged, changes nothing.
  if (body.role === undefined || role === visibleRole(before.role, current, managed)) return current;
  // A role given alone, as before memberships: that role wherever the user is (everywhere, for a former admin).
  const where = before.role === 'admin' ? everywhere(state, role, managed) : current;
  return mergedMemberships(
    current,
    where.map((m) => ({ ...m, role })),
    managed,
  );
}

/**
 * An administrator's change of a user: name, role, memberships, active and (already hashed)
 * a new password; the username stays. Refused when it names an older version, when admins
 * would deactivate or demote themselves, or when a programme administrator would change
 * more than their own programmes hold of the user.
 */
export function updateUser(
  id: number,
  body: Record<string, unknown>,
  passwordHash: string | undefined,
  actor: Actor,
): Change<ListedUser> {
  return {
    decide(state) {
      const before = managedUser(state, actor, id);
      if (body.version !== undefined && body.version !== toListed(before).version)
        throw new ApiError(409, 'Brugeren er ændret af en anden, siden du åbnede den', undefined, {
          current: listedAs(before, managedBy(actor)),
        });
      if (
        id === actor.userId &&
        (body.active === false || (body.role !== undefined && body.role !== actor.role))
      )
        throw badRequest('Du kan ikke deaktivere eller nedgradere dig selv', {
          [body.active === false ? 'active' : 'role']: 'Bed en anden administrator om det',
        });
      const data = parseWith(userUpdateSchema, {
        ...toListed(before),
        ...body,
        username: before.username,
        password: null,
      });
      assertMayGiveRole(actor, data.role);
      const managed = managedBy(actor);
      const others = membershipsOf(before).some((m) => managed !== null && !managed.has(m.programmeId));
      // Deactivating or a new password reaches every programme of the user: not for an administrator of one of them.
      if (others && (data.active !== before.active || passwordHash)) throw forbidden();
      const memberships = membershipsAfter(state, before, body, data, actor);
      const held = { memberships, admin: data.role === 'admin' };
      const after: User = {
        ...before,
        fullName: data.fullName || before.username,
        email: data.email ?? null,
        phone: data.phone ?? null,
        role: summaryRole(data.role, memberships),
        memberships,
        ...heldAfterEdit(before, held),
        active: data.active,
        passwordHash: passwordHash ?? before.passwordHash,
        version: (before.version ?? 1) + 1,
      };
      const changes = diff(toListed(before), toListed(after));
      const newPassword = before.passwordHash !== after.passwordHash;
      if (newPassword) changes.password = { before: '***', after: '***' };
      const ends = before.role !== after.role || !after.active || newPassword;
      return {
        ops: [{ op: 'put', coll: 'users', record: { ...after } }, ...(ends ? endSessions(state, id) : [])],
        audit: [auditBy(actor, { action: 'userUpdate', resource: 'users', recordId: id, changes })],
        result: toListed(after),
      };
    },
  };
}
