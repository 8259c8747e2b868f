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

/** What a user's claims grant: memberships (the strongest role per programme) and whether they are administrator. */
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

/** The memberships after a sign-in: those granted by hand stay, the directory's are replaced. */
export function membershipsAfterSignIn(
  current: readonly Membership[],
  previousFromDirectory: readonly Membership[],
  fromDirectory: readonly Membership[],
): Membership[] {
  const wasDirectory = (m: Membership) =>
    previousFromDirectory.some((d) => d.programmeId === m.programmeId && d.role === m.role);
  return strongestPerProgramme([...current.filter((m) => !wasDirectory(m)), ...fromDirectory]);
}
