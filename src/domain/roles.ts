/** No zod here: the panel's first screen imports this for canAccess. */
export const ROLES = ['admin', 'editor', 'board'] as const;
export type Role = (typeof ROLES)[number];

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

const READ_ACTIONS: readonly Action[] = ['list', 'show', 'export'];
/** Resources only an admin may see at all. */
const ADMIN_ONLY = new Set(['users', 'auditLog', 'retention']);
/** Resources everyone reads but only an admin changes: locking a year is the status meeting's decision. */
const ADMIN_WRITES = new Set(['yearLocks']);
/** Written by the server alone (the mail outbox), read by the secretariat, not by the board. */
const SERVER_WRITTEN = new Set(['notifications']);

/**
 * One rule for both sides: the server enforces it, the panel mirrors it to hide
 * what the user may not do. Board members read domain data and never write.
 */
export function canAccess(role: Role | undefined, action: Action, resource: string): boolean {
  if (!role) return false;
  if (SERVER_WRITTEN.has(resource)) return role !== 'board' && (action === 'list' || action === 'show');
  if (role === 'admin') return true;
  if (ADMIN_ONLY.has(resource)) return false;
  if (ADMIN_WRITES.has(resource)) return READ_ACTIONS.includes(action);
  if (role === 'editor') return true;
  return READ_ACTIONS.includes(action);
}
