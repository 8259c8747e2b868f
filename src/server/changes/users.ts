import { userUpdateSchema } from '../../domain/userSchema';
import { diff } from '../audit';
import { ApiError, badRequest, notFound } from '../errors';
import { auditBy } from '../store/records';
import type { Actor, Change, Op, ReadState } from '../store/types';
import { parseWith, toListed, userById, userByName, type ListedUser, type User } from '../users';

export interface NewUser {
  username: string;
  fullName?: string | null;
  role: User['role'];
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

export function addUser(input: NewUser, actor: Actor): Change<User> {
  return {
    decide(state) {
      if (userByName(state, input.username))
        throw badRequest(`Brugeren ${input.username} findes allerede`, {
          username: 'Brugernavnet er optaget',
        });
      const user: User = {
        id: state.issuedId('users') + 1,
        username: input.username,
        fullName: input.fullName || input.username,
        role: input.role,
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
 * An admin's change of a user: name, role, active and (already hashed) a new password;
 * the username stays. Refused when it names an older version, or when admins would
 * deactivate or demote themselves.
 */
export function updateUser(
  id: number,
  body: Record<string, unknown>,
  passwordHash: string | undefined,
  actor: Actor,
): Change<ListedUser> {
  return {
    decide(state) {
      const before = userById(state, id);
      if (!before) throw notFound();
      if (body.version !== undefined && body.version !== toListed(before).version)
        throw new ApiError(409, 'Brugeren er ændret af en anden, siden du åbnede den', undefined, {
          current: toListed(before),
        });
      if (
        id === actor.userId &&
        (body.active === false || (body.role !== undefined && body.role !== 'admin'))
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
      const after: User = {
        ...before,
        fullName: data.fullName || before.username,
        role: data.role,
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
