import type { ResourceName } from './resourceNames';
import { canAccess, strongerRole, weakerRole, type Action, type ProgrammeRole, type Role } from './roles';

/** A user's role in one programme. */
export type Membership = {
  programmeId: number;
  role: ProgrammeRole;
};

/** Who asks: the system administrator (`admin`, every programme) or a user with memberships. */
export type Grants = {
  role: Role;
  memberships: readonly Membership[];
};

/** The user's role in a programme: admin everywhere, else their membership's, else none. */
export function roleIn(grants: Grants, programmeId: number | null | undefined): Role | undefined {
  if (grants.role === 'admin') return 'admin';
  if (programmeId === null || programmeId === undefined) return undefined;
  return grants.memberships.find((m) => m.programmeId === programmeId)?.role;
}

/** Whether the user may do `action` on `resource` in that programme. */
export const mayIn = (grants: Grants, action: Action, resource: string, programmeId: number | undefined) =>
  canAccess(roleIn(grants, programmeId), action, resource);

/** Whether any role the user holds allows it somewhere: the gate, before a record is known. */
export const mayAnywhere = (grants: Grants, action: Action, resource: string) =>
  grants.role === 'admin' || grants.memberships.some((m) => canAccess(m.role, action, resource));

/** The programmes where the user may do it; null means every programme (the system administrator). */
export function programmesWhere(
  grants: Grants,
  action: Action,
  resource: string,
): ReadonlySet<number> | null {
  if (grants.role === 'admin') return null;
  return new Set(
    grants.memberships.filter((m) => canAccess(m.role, action, resource)).map((m) => m.programmeId),
  );
}

/**
 * The role whose limits a list over several programmes keeps: the weakest the user holds
 * there, so a board membership anywhere keeps confidential fields out of filters and search.
 */
export function listRole(grants: Grants, resource: string): Role | undefined {
  if (grants.role === 'admin') return 'admin';
  const roles = grants.memberships.filter((m) => canAccess(m.role, 'list', resource)).map((m) => m.role);
  return roles.length === 0 ? undefined : roles.reduce<Role>(weakerRole, roles[0]!);
}

/** What a user shows as their role: admin, or the strongest role of their memberships (the given one without any). */
export function summaryRole(role: Role, memberships: readonly Membership[]): Role {
  if (role === 'admin' || memberships.length === 0) return role;
  return memberships.reduce<Role>((best, m) => strongerRole(best, m.role), 'board');
}

type Lookup = (resource: ResourceName, id: number) => Record<string, unknown> | undefined;

/** Records that belong to a programme through another record: a log entry through its incident. */
const THROUGH: Partial<Record<ResourceName, readonly [field: string, parent: ResourceName]>> = {
  incidentLogEntries: ['incidentId', 'incidents'],
  measurements: ['indicatorId', 'indicators'],
  activityLogs: ['activityId', 'activities'],
};

/** The field naming a record's programme when the record itself holds it (not through a parent). */
export const programmeField = (resource: ResourceName): string | undefined =>
  resource === 'programmes' ? 'id' : THROUGH[resource] ? undefined : 'programmeId';

/**
 * The programme a record belongs to, for every resource: its own id for a programme, its
 * `programmeId`, or its parent's programme. Undefined when it belongs to none (yet).
 */
export function programmeOf(
  resource: ResourceName,
  record: Record<string, unknown>,
  find: Lookup,
): number | undefined {
  const own = programmeField(resource);
  if (own) return typeof record[own] === 'number' ? (record[own] as number) : undefined;
  const through = THROUGH[resource];
  if (through) {
    const parentId = record[through[0]];
    const parent = typeof parentId === 'number' ? find(through[1], parentId) : undefined;
    return parent ? programmeOf(through[1], parent, find) : undefined;
  }
  return undefined;
}

/**
 * A user's memberships after an administrator's change: those in programmes the
 * administrator manages are replaced by `proposed`; the others stay as they were, unseen.
 * `managed` null means every programme (the system administrator). Each is stored as its
 * two fields and nothing else, whatever else a request carried in it.
 */
export function mergedMemberships(
  current: readonly Membership[],
  proposed: readonly Membership[],
  managed: ReadonlySet<number> | null,
): Membership[] {
  const mine = (m: Membership) => managed === null || managed.has(m.programmeId);
  return [...current.filter((m) => !mine(m)), ...proposed.filter(mine)]
    .map(({ programmeId, role }) => ({ programmeId, role }))
    .sort((a, b) => a.programmeId - b.programmeId);
}

/** What an administrator sees of a user's memberships: only their own programmes'. */
export const visibleMemberships = (memberships: readonly Membership[], managed: ReadonlySet<number> | null) =>
  memberships.filter((m) => managed === null || managed.has(m.programmeId));

/**
 * What an administrator sees as a user's role: the strongest the user holds in the
 * administrator's own programmes, never another programme's; `board` where they hold none.
 */
export function visibleRole(
  role: Role,
  memberships: readonly Membership[],
  managed: ReadonlySet<number> | null,
): Role {
  if (managed === null) return summaryRole(role, memberships);
  return summaryRole('board', visibleMemberships(memberships, managed));
}
