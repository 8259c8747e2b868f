import fs from 'node:fs';
import type { Row } from '../types';
import { readJsonFile } from './durable';

/** users.json: the users, their sessions and failed logins, and the journal line it holds. */
export interface AuthSnapshot {
  seq: number;
  lastUserId: number;
  users: Row[];
  sessions: Row[];
  loginFailures: Row[];
}

export function readAuthSnapshot(file: string): AuthSnapshot {
  if (!fs.existsSync(file)) return { seq: 0, lastUserId: 0, users: [], sessions: [], loginFailures: [] };
  const raw = readJsonFile(file);
  // A users.json from before the journal holds only `users`.
  const journal = raw._journal as { seq?: number } | undefined;
  return {
    seq: journal?.seq ?? 0,
    lastUserId: (raw._lastIds as { users?: number } | undefined)?.users ?? 0,
    users: (raw.users as Row[] | undefined) ?? [],
    sessions: (raw.sessions as Row[] | undefined) ?? [],
    loginFailures: (raw.loginFailures as Row[] | undefined) ?? [],
  };
}

export function authSnapshotJson(snapshot: AuthSnapshot): unknown {
  const { seq, lastUserId, ...collections } = snapshot;
  return { _journal: { seq }, _lastIds: { users: lastUserId }, ...collections };
}
