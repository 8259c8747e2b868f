import crypto from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { errorMap } from '../domain/messages';
import { roleSchema, type Role } from '../domain/roles';
import { readJson, writeJsonAtomic } from './atomicFile';

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
}

export type PublicUser = Pick<User, 'id' | 'username' | 'fullName' | 'role'>;

export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/),
  fullName: z.string().trim().max(120).optional(),
  role: roleSchema,
  password: z.string().min(8).max(200),
});

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

export function toPublic(user: User): PublicUser {
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role };
}

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

  async add(input: z.input<typeof newUserSchema>): Promise<User> {
    const data = newUserSchema.parse(input, { error: errorMap('da') });
    const users = this.all();
    if (users.some((u) => u.username.toLowerCase() === data.username.toLowerCase()))
      throw new Error(`Brugeren ${data.username} findes allerede`);
    const user: User = {
      id: Math.max(0, ...users.map((u) => u.id)) + 1,
      username: data.username,
      fullName: data.fullName || data.username,
      role: data.role,
      active: true,
      passwordHash: await hashPassword(data.password),
    };
    writeJsonAtomic(this.file, { users: [...users, user] });
    return user;
  }

  /** Checks a login; a missing user costs as much time as a wrong password. */
  async authenticate(username: string, password: string): Promise<User | undefined> {
    const user = this.find(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return user && user.active && ok ? user : undefined;
  }
}

const DUMMY_HASH = `scrypt$${'0'.repeat(32)}$${'0'.repeat(KEY_LENGTH * 2)}`;
