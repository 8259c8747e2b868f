/**
 * The store as the command-line tools open it: the same DATA_DIR (or DATABASE_URL), seed
 * and write path as the server. A DATA_DIR the server has open is refused, since one
 * process writes it at a time; on PostgreSQL the tool is one more process beside the servers.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCreateSchema } from '../../src/domain/userSchema';
import { migrateMemberships } from '../../src/server/changes/memberships';
import { markDemoOf } from '../../src/server/jobs/demo';
import { addUser, updateUser } from '../../src/server/changes/users';
import { ApiError, badRequest } from '../../src/server/errors/apiError';
import { resetSecondFactor } from '../../src/server/changes/secondFactor';
import { openStore } from '../../src/server/store/open';
import { StoreLockedError } from '../../src/server/store/files/lock';
import type { Store } from '../../src/server/store/store';
import {
  hashPassword,
  membershipsOf,
  parseWith,
  userByName,
  type User,
} from '../../src/server/identity/users';
import type { Actor } from '../../src/server/access/actor';

export const SEED_FILE = fileURLToPath(new URL('../../data/seed.json', import.meta.url));

export const dataDirFromEnv = () => path.resolve(process.env.DATA_DIR ?? 'data');

/** Who a command-line change is by, in the audit log. */
export const scriptActor = (command: string): Actor => ({ userId: null, username: command, role: null });

export async function withStore<T>(dataDir: string, work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore({
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir,
      // DEMO=false: a store this tool creates is empty, as the server's first start makes it.
      seedFile: process.env.DEMO === 'false' ? undefined : SEED_FILE,
      clock: () => new Date(),
    });
  } catch (err) {
    if (err instanceof StoreLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  try {
    // A store from before memberships is upgraded first, as the server would on start.
    await store.commit(migrateMemberships());
    await markDemoOf(store, SEED_FILE);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A user added straight to a DATA_DIR, checked as the API checks one: `npm run users -- add`. */
export async function addUserTo(dataDir: string, input: unknown, command = 'npm run users'): Promise<User> {
  const data = parseWith(userCreateSchema, input);
  // The script has no mail to send an invitation with: it sets the password it is given.
  if (!data.password) throw badRequest('Angiv --password', { password: 'Skal udfyldes' });
  const passwordHash = await hashPassword(data.password);
  const { result } = await withStore(dataDir, (store) =>
    store.commit(addUser({ ...data, passwordHash }, scriptActor(command))),
  );
  return result;
}

/**
 * A lost password's way back: a new random one for `username`, hashed into the store; its
 * sessions end. Answers the password, to be shown once. `npm run users -- reset-password`.
 */
export async function resetPasswordIn(
  dataDir: string,
  username: string,
  command = 'npm run users',
): Promise<string> {
  const password = crypto.randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await withStore(dataDir, async (store) => {
    const user = userByName(store, username);
    if (!user) throw new ApiError(404, `Ingen bruger hedder "${username}"`);
    await store.commit(updateUser(user.id, {}, passwordHash, scriptActor(command)));
  });
  return password;
}

/**
 * Gives a user a role in a programme (or changes it there), or takes the programme away:
 * `npm run users -- grant|revoke`. Their other programmes stay as they are.
 */
export async function changeMembership(
  dataDir: string,
  input: { username: string; programmeId: number; role?: string },
  command = 'npm run users',
): Promise<User> {
  return withStore(dataDir, async (store) => {
    const user = userByName(store, input.username);
    if (!user) throw new ApiError(404, `Ingen bruger hedder "${input.username}"`);
    if (user.role === 'admin')
      throw new ApiError(400, `${user.username} er systemadministrator og har adgang til alle helhedsplaner`);
    const others = membershipsOf(user).filter((m) => m.programmeId !== input.programmeId);
    const memberships =
      input.role === undefined ? others : [...others, { programmeId: input.programmeId, role: input.role }];
    await store.commit(updateUser(user.id, { memberships }, undefined, scriptActor(command)));
    return userByName(store, input.username)!;
  });
}

/**
 * A lost phone or a lost SECRET_KEY, when no administrator can sign in to reset it: the
 * user's second factor goes and their sessions end. `npm run users -- reset-second-factor`.
 */
export async function resetSecondFactorIn(dataDir: string, username: string, command = 'npm run users') {
  await withStore(dataDir, async (store) => {
    const user = userByName(store, username);
    if (!user) throw new ApiError(404, `Ingen bruger hedder "${username}"`);
    await store.commit(resetSecondFactor(user.id, scriptActor(command)));
  });
}
