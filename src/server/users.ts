import crypto from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import type { z } from 'zod';
import { errorMap, fieldErrors } from '../domain/messages';
import type { Role } from '../domain/roles';
import { userCreateSchema, userUpdateSchema } from '../domain/userSchema';
import { readJson, writeJsonAtomic } from './atomicFile';
import { badRequest } from './errors';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;
const KEY_LENGTH = 64;

export interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  /** scrypt$<salt hex>$<key hex> */
  passwordHash: string;
  /** Incremented on every change, so two admins cannot silently overwrite each other. */
  version?: number;
}

export type PublicUser = Pick<User, 'id' | 'username' | 'fullName' | 'role'>;
export type ListedUser = PublicUser & { active: boolean; version: number };

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

export const toPublic = (u: User): PublicUser => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  role: u.role,
});
export const toListed = (u: User): ListedUser => ({
  ...toPublic(u),
  active: u.active,
  version: u.version ?? 1,
});

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input, { error: errorMap('da') });
  if (!result.success) throw badRequest('Ret de markerede felter', fieldErrors(result.error));
  return result.data;
}

const DUMMY_HASH = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;

/** Users live beside the REST store, in their own file, so no resource route can serve them. */
export class UserStore {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'users.json');
  }

  exists(): boolean {
    return readJson(this.file) !== undefined;
  }

  all(): User[] {
    return readJson<{ users: User[] }>(this.file)?.users ?? [];
  }

  find(username: string): User | undefined {
    const wanted = username.trim().toLowerCase();
    return this.all().find((u) => u.username.toLowerCase() === wanted);
  }

  byId(id: number): User | undefined {
    return this.all().find((u) => u.id === id);
  }

  private save(users: User[]): void {
    writeJsonAtomic(this.file, { users });
  }

  async add(input: unknown): Promise<User> {
    const data = parse(userCreateSchema, input);
    const users = this.all();
    if (users.some((u) => u.username.toLowerCase() === data.username.toLowerCase()))
      throw badRequest(`Brugeren ${data.username} findes allerede`, { username: 'Brugernavnet er optaget' });
    const user: User = {
      id: Math.max(0, ...users.map((u) => u.id)) + 1,
      username: data.username,
      fullName: data.fullName || data.username,
      role: data.role,
      active: true,
      passwordHash: await hashPassword(data.password),
      version: 1,
    };
    this.save([...users, user]);
    return user;
  }

  /** Changes name, role, active and (when given) the password; the username stays. */
  async update(id: number, input: Record<string, unknown>): Promise<{ before: User; after: User }> {
    const users = this.all();
    const before = users.find((u) => u.id === id);
    if (!before) throw badRequest('Brugeren findes ikke');
    const data = parse(userUpdateSchema, { ...toListed(before), ...input, username: before.username });
    const after: User = {
      ...before,
      fullName: data.fullName || before.username,
      role: data.role,
      active: data.active,
      passwordHash: data.password ? await hashPassword(data.password) : before.passwordHash,
      version: (before.version ?? 1) + 1,
    };
    this.save(users.map((u) => (u.id === id ? after : u)));
    return { before, after };
  }

  /** Checks a login; a missing user costs as much time as a wrong password. */
  async authenticate(username: string, password: string): Promise<User | undefined> {
    const user = this.find(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return user && user.active && ok ? user : undefined;
  }
}
