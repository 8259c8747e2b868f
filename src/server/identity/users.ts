import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { z } from 'zod';
import { errorMap, fieldErrors } from '../../domain/messages';
import { phoneWarning, toMsisdn } from '../../domain/msisdn';
import {
  summaryRole,
  visibleMemberships,
  visibleRole,
  type Grants,
  type Membership,
} from '../../domain/access';
import type { Role } from '../../domain/roles';
import { handGrantAfterEdit, handGrantOf, heldGrant, type DirectoryGrant } from '../../domain/directory';
import { badRequest } from '../errors/apiError';
import type { ReadState } from '../store/types';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;
const KEY_LENGTH = 64;

export interface User {
  id: number;
  username: string;
  fullName: string;
  /** `admin` is the system administrator; anyone else has what their memberships give. */
  role: Role;
  /** Where invitations and password links go (local users). */
  email?: string | null;
  /** A programme administrator's number, texted when an escalation reaches the administrators. */
  phone?: string | null;
  /** The user's programmes and their role in each; missing only on users from before memberships. */
  memberships?: Membership[];
  active: boolean;
  /** scrypt$<salt hex>$<key hex> */
  passwordHash: string;
  /** Incremented on every change, so two admins cannot silently overwrite each other. */
  version?: number;
  /** How the user signs in: a password of this panel (missing: local) or the organisation's directory. */
  source?: UserSource;
  /** The directory account behind an `oidc` user, and what its claims granted at the last sign-in. */
  directory?: DirectoryLink;
  /** The second factor of a local user; its secret encrypted with the server's key. */
  totp?: TotpFactor;
  /** An administrator allowed this local user to be linked to the directory account of the same username. */
  directoryLinkAllowed?: boolean;
  /** A second factor being set up: the encrypted secret, until a first code confirms it. */
  totpPending?: string;
}

export type UserSource = 'local' | 'oidc';

/** Linked by issuer and subject, never by e-mail: the directory's own name for the person. */
export interface DirectoryLink {
  issuer: string;
  subject: string;
  /** The memberships the claims mapped to last time; replaced at every sign-in. */
  memberships: Membership[];
  /** Whether the claims made the user a system administrator. */
  admin: boolean;
  /** What was granted by hand in the panel, which sign-ins leave alone; missing on users stored before it was kept. */
  byHand?: DirectoryGrant;
}

export interface TotpFactor {
  /** The shared secret, encrypted (see identity/secretBox). */
  secret: string;
  /** The last time step accepted: a code works once. */
  lastStep: number;
  /** Hashes of the recovery codes not yet used. */
  recoveryCodes: string[];
}

export type PublicUser = Pick<User, 'id' | 'username' | 'fullName' | 'role'> & Grants;
export type ListedUser = PublicUser & {
  active: boolean;
  version: number;
  email: string | null;
  phone: string | null;
  source: UserSource;
  secondFactor: boolean;
  directoryLinkAllowed?: true;
};

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, keyHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false;
  const key = await scrypt(password, Buffer.from(saltHex, 'hex'), KEY_LENGTH);
  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

/** Checked when a username is unknown, so that a missing user costs as much time as a wrong password. */
export const DUMMY_HASH = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

export const membershipsOf = (u: Pick<User, 'role' | 'memberships'>): Membership[] =>
  u.role === 'admin' ? [] : (u.memberships ?? []);

/** What a user holds now: the system administrator's role, or their memberships. */
export const heldBy = (u: Pick<User, 'role' | 'memberships'>): DirectoryGrant => ({
  memberships: membershipsOf(u),
  admin: u.role === 'admin',
});

/** What was granted a user by hand: all a local user holds; for a directory user, what sign-ins leave alone. */
export const byHandOf = (u: User): DirectoryGrant =>
  u.directory?.byHand ?? handGrantOf(heldBy(u), u.directory);

/**
 * A directory user after an administrator changed what they hold to `held`: the change kept
 * as hand grants, and what they hold is that with the directory's grant, as at sign-in.
 * Nothing to add for a local user, who holds just `held`.
 */
export function heldAfterEdit(before: User, held: DirectoryGrant): Partial<User> {
  if (!before.directory) return {};
  const byHand = handGrantAfterEdit(byHandOf(before), heldBy(before), held);
  const fromDirectory = { memberships: before.directory.memberships, admin: before.directory.admin };
  return { ...holding(heldGrant(byHand, fromDirectory)), directory: { ...before.directory, byHand } };
}

/** The role and memberships a user is stored with, holding `held`. */
export const holding = (held: DirectoryGrant): Pick<User, 'role' | 'memberships'> => ({
  role: held.admin ? 'admin' : summaryRole('board', held.memberships),
  memberships: held.memberships,
});

/** A user as the panel and the access rule see them: the role shown is the strongest they hold. */
export const toPublic = (u: User): PublicUser => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  role: summaryRole(u.role, membershipsOf(u)),
  memberships: membershipsOf(u),
});
export const toListed = (u: User): ListedUser => ({
  ...toPublic(u),
  active: u.active,
  version: u.version ?? 1,
  email: u.email ?? null,
  phone: u.phone ?? null,
  source: u.source ?? 'local',
  secondFactor: u.totp !== undefined,
  ...(u.directoryLinkAllowed ? { directoryLinkAllowed: true } : {}),
});

/**
 * A user as an administrator sees them: one who manages some programmes (`managed`; null for
 * the system administrator) sees only those programmes' memberships, and the role they give;
 * the number as the SMS gateway gets it and why one typed cannot be texted, as on a participant.
 */
export function listedAs(
  u: User | ListedUser,
  managed: ReadonlySet<number> | null,
): ListedUser & { msisdn: string | null; phoneWarning: string | null } {
  const listed = 'passwordHash' in u ? toListed(u) : u;
  return {
    ...listed,
    role: visibleRole(listed.role, listed.memberships, managed),
    memberships: visibleMemberships(listed.memberships, managed),
    msisdn: toMsisdn(listed.phone),
    phoneWarning: phoneWarning(listed.phone),
  };
}

export const allUsers = (state: ReadState) => state.all('users') as unknown as readonly User[];

export const userById = (state: ReadState, id: number) =>
  state.find('users', id) as unknown as User | undefined;

export function userByName(state: ReadState, username: string): User | undefined {
  const wanted = username.trim().toLowerCase();
  return allUsers(state).find((u) => u.username.toLowerCase() === wanted);
}

export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input, { error: errorMap('da') });
  if (!result.success) throw badRequest('Ret de markerede felter', fieldErrors(result.error));
  return result.data;
}
