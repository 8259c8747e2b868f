import fs from 'node:fs';
import { AUTH_COLLECTIONS, type AuthCollection, type Row } from '../types';
import { readJsonFile } from './durable';

/** users.json: every auth collection (users, sessions, …), the ids issued, and the journal line it holds. */
export interface AuthSnapshot {
  seq: number;
  lastIds: Partial<Record<AuthCollection, number>>;
  collections: Record<AuthCollection, Row[]>;
}

const emptyCollections = () =>
  Object.fromEntries(AUTH_COLLECTIONS.map((c) => [c, [] as Row[]])) as Record<AuthCollection, Row[]>;

export function readAuthSnapshot(file: string): AuthSnapshot {
  const collections = emptyCollections();
  if (!fs.existsSync(file)) return { seq: 0, lastIds: {}, collections };
  const raw = readJsonFile(file);
  // A users.json from before the journal holds only `users`; one from before a collection lacks it.
  const journal = raw._journal as { seq?: number } | undefined;
  for (const coll of AUTH_COLLECTIONS) collections[coll] = (raw[coll] as Row[] | undefined) ?? [];
  return {
    seq: journal?.seq ?? 0,
    lastIds: (raw._lastIds as AuthSnapshot['lastIds'] | undefined) ?? {},
    collections,
  };
}

export function authSnapshotJson(snapshot: AuthSnapshot): unknown {
  return { _journal: { seq: snapshot.seq }, _lastIds: snapshot.lastIds, ...snapshot.collections };
}

/** A journal op applied to the snapshot's copy of an auth collection. */
export function applyAuthOp(
  auth: AuthSnapshot,
  coll: AuthCollection,
  id: Row['id'],
  record: Row | null,
): void {
  const rows = auth.collections[coll];
  const index = rows.findIndex((r) => r.id === id);
  if (record === null) {
    if (index >= 0) rows.splice(index, 1);
    return;
  }
  if (index >= 0) rows[index] = record;
  else rows.push(record);
  if (typeof record.id === 'number') auth.lastIds[coll] = Math.max(auth.lastIds[coll] ?? 0, record.id);
}
