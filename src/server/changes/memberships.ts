import { PROGRAMME_ROLES, type ProgrammeRole } from '../../domain/roles';
import { recordsOf } from '../store/records';
import type { AuditDraft, Change, Op } from '../store/types';
import { allUsers, type User } from '../identity/users';
import { auditBy, type Actor } from '../access/actor';

const UPGRADE: Actor = { userId: null, username: 'opstart', role: null };

const isProgrammeRole = (role: string): role is ProgrammeRole =>
  (PROGRAMME_ROLES as readonly string[]).includes(role);

/**
 * Users from before memberships keep what they had: their role in every programme there
 * is. One commit, an audit entry per user; a second start (or a second process) finds
 * nothing left to do.
 */
export function migrateMemberships(): Change<number> {
  return {
    decide(state) {
      const programmes = recordsOf(state, 'programmes').map((p) => p.id);
      const ops: Op[] = [];
      const audit: AuditDraft[] = [];
      for (const user of allUsers(state)) {
        if (user.memberships !== undefined) continue;
        const memberships = isProgrammeRole(user.role)
          ? programmes.map((programmeId) => ({ programmeId, role: user.role as ProgrammeRole }))
          : [];
        const after: User = { ...user, memberships, version: (user.version ?? 1) + 1 };
        ops.push({ op: 'put', coll: 'users', record: { ...after } });
        audit.push(
          auditBy(UPGRADE, {
            action: 'userUpdate',
            resource: 'users',
            recordId: user.id,
            changes: { memberships: { before: null, after: memberships } },
          }),
        );
      }
      return { ops, audit, result: ops.length };
    },
  };
}
