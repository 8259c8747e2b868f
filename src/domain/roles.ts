/** No zod here: the panel's first screen imports this for canAccess. */
export const PROGRAMME_ROLES = ['programmeAdmin', 'editor', 'board'] as const;
/** A role in one programme (a membership's role). */
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];
/** `admin` is the system administrator: every programme, the programmes themselves, every user. */
export const ROLES = ['admin', ...PROGRAMME_ROLES] as const;
export type Role = (typeof ROLES)[number];

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

const READ_ACTIONS: readonly Action[] = ['list', 'show', 'export'];
/**
 * Administration: a programme administrator does it for their own programme, the system administrator
 * for all. `start` is the checklist that sets up a new install and a new programme; `disk` the
 * space left on the server's disk, which an administrator is warned of.
 */
const ADMINISTRATION = new Set(['users', 'auditLog', 'retention', 'start', 'disk']);
/** The installation's own: how the directory's claims map to memberships, its settings, its demo data. */
const SYSTEM_ONLY = new Set(['directoryMappings', 'settings', 'demo']);
/** Resources everyone reads but only administrators change: locking a year is the status meeting's decision. */
const ADMIN_WRITES = new Set(['yearLocks']);
/** Written by the server alone (the mail outbox), read by the secretariat, not by the board. */
const SERVER_WRITTEN = new Set(['notifications', 'reportingSubmissions']);

/**
 * What a role may do with a resource, in one programme (or, for `admin`, in all). The
 * server enforces it per programme (src/domain/access.ts); the panel mirrors it to hide
 * what the user may not do. Board members read domain data and never write.
 */
export function canAccess(role: Role | undefined, action: Action, resource: string): boolean {
  if (!role) return false;
  if (SERVER_WRITTEN.has(resource)) return role !== 'board' && (action === 'list' || action === 'show');
  if (role === 'admin') return true;
  if (SYSTEM_ONLY.has(resource)) return false;
  // Programmes are created and removed by the system administrator; their settings by their administrators.
  if (resource === 'programmes')
    return READ_ACTIONS.includes(action) || (role === 'programmeAdmin' && action === 'edit');
  if (role === 'programmeAdmin') return true;
  if (ADMINISTRATION.has(resource)) return false;
  if (ADMIN_WRITES.has(resource)) return READ_ACTIONS.includes(action);
  if (role === 'editor') return true;
  return READ_ACTIONS.includes(action);
}

const RANK: Record<Role, number> = { admin: 3, programmeAdmin: 2, editor: 1, board: 0 };

/** The stronger of two roles: what a user shows as their role when they hold several. */
export const strongerRole = <R extends Role>(a: R, b: R): R => (RANK[a] >= RANK[b] ? a : b);
export const weakerRole = <R extends Role>(a: R, b: R): R => (RANK[a] <= RANK[b] ? a : b);
