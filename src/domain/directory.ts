import { z } from 'zod';
import type { Membership } from './access';
import { PROGRAMME_ROLES, strongerRole } from './roles';

/**
 * One value of the directory's claim (an Entra group's object id, an app role's value, an AD FS
 * group name) and what it gives: a role in one programme, or the system administrator's role.
 */
export const directoryMappingSchema = z
  .object({
    claimValue: z.string().trim().min(1).max(200),
    programmeId: z.number().int().positive().nullable(),
    role: z.enum(['admin', ...PROGRAMME_ROLES]),
  })
  .superRefine((m, ctx) => {
    if (m.role === 'admin' && m.programmeId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['programmeId'],
        message: 'Systemadministrator gælder alle helhedsplaner',
      });
    if (m.role !== 'admin' && m.programmeId === null)
      ctx.addIssue({ code: 'custom', path: ['programmeId'], message: 'Vælg en helhedsplan' });
  });
type MappingFields =
  | { claimValue: string; programmeId: number; role: (typeof PROGRAMME_ROLES)[number] }
  | { claimValue: string; programmeId: null; role: 'admin' };
export type DirectoryMapping = MappingFields & { id: number };

/** What the claims, or an administrator by hand, grant: memberships (one per programme) and the system administrator's role. */
export interface DirectoryGrant {
  memberships: Membership[];
  admin: boolean;
}

/** One membership per programme, with the strongest role given there, in programme order. */
function strongestPerProgramme(memberships: readonly Membership[]): Membership[] {
  const byProgramme = new Map<number, Membership['role']>();
  for (const m of memberships) {
    const held = byProgramme.get(m.programmeId);
    byProgramme.set(m.programmeId, held ? strongerRole(held, m.role) : m.role);
  }
  return [...byProgramme].sort(([a], [b]) => a - b).map(([programmeId, role]) => ({ programmeId, role }));
}

export function grantOf(
  mappings: readonly DirectoryMapping[],
  claimValues: readonly string[],
): DirectoryGrant {
  const matching = mappings.filter((m) => claimValues.includes(m.claimValue));
  return {
    memberships: strongestPerProgramme(
      matching.flatMap((m) => (m.programmeId === null ? [] : [{ programmeId: m.programmeId, role: m.role }])),
    ),
    admin: matching.some((m) => m.programmeId === null),
  };
}

/**
 * The values of the configured claim in an ID token's claims. Entra ID leaves `groups` out and
 * names it in `_claim_names` when a user is in more than 200 groups ("overage"): then nothing
 * may be granted, since the groups that would are unknown.
 */
export function claimValues(claims: Record<string, unknown>, claim: string): string[] | 'overage' {
  const names = claims._claim_names;
  if (names && typeof names === 'object' && claim in names) return 'overage';
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** A new user's username: the directory's login name or e-mail, as the person knows it. */
export function directoryUsername(claims: Record<string, unknown>): string | undefined {
  for (const key of ['preferred_username', 'email'] as const) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return undefined;
}

const NOTHING: DirectoryGrant = { memberships: [], admin: false };
const roleIn = (grant: DirectoryGrant, programmeId: number) =>
  grant.memberships.find((m) => m.programmeId === programmeId)?.role;

/**
 * What a directory user holds: what was granted by hand in the panel and what the claims gave at
 * the last sign-in, together; administrator if either says so, else the strongest role per programme.
 */
export function heldGrant(byHand: DirectoryGrant, fromDirectory: DirectoryGrant): DirectoryGrant {
  const admin = byHand.admin || fromDirectory.admin;
  return {
    memberships: admin ? [] : strongestPerProgramme([...byHand.memberships, ...fromDirectory.memberships]),
    admin,
  };
}

/**
 * The hand grants of a user whose were not kept apart (a local user, or one stored before they
 * were): what they hold less what the directory gave last time.
 */
export function handGrantOf(held: DirectoryGrant, fromDirectory: DirectoryGrant = NOTHING): DirectoryGrant {
  return {
    memberships: held.memberships.filter((m) => roleIn(fromDirectory, m.programmeId) !== m.role),
    admin: held.admin && !fromDirectory.admin,
  };
}

/**
 * The hand grants after an administrator changed what a directory user holds from `before` to
 * `after`: a role given or altered in a programme is granted by hand, a programme taken away no
 * longer is, and the rest stay as they were, so a directory grant sent back unchanged stays the directory's.
 */
export function handGrantAfterEdit(
  byHand: DirectoryGrant,
  before: DirectoryGrant,
  after: DirectoryGrant,
): DirectoryGrant {
  if (after.admin) return { memberships: byHand.memberships, admin: before.admin ? byHand.admin : true };
  return {
    memberships: after.memberships.flatMap((m): Membership[] => {
      if (roleIn(before, m.programmeId) !== m.role) return [m];
      const kept = roleIn(byHand, m.programmeId);
      return kept ? [{ programmeId: m.programmeId, role: kept }] : [];
    }),
    admin: false,
  };
}
