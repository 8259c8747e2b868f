import type { AuditEntry } from './audit';
import type { ResourceName, StoredRecord } from '../../domain/resources';
import type { Db } from '../../domain/statistics/period';
import type { Table } from './collection';
import type { Key, Row } from './row';
import type { ErasedResource } from '../../domain/retention';

/**
 * Beside the REST resources the store keeps who may log in, their sessions and failed logins,
 * the directory's claims mapped to memberships, the panel's own settings, and sign-ins at the
 * identity provider not yet come back, and the hashes of mailed password links.
 */
export const AUTH_COLLECTIONS = [
  'users',
  'sessions',
  'loginFailures',
  'directoryMappings',
  'settings',
  'oidcAttempts',
  'passwordLinks',
] as const;
export type AuthCollection = (typeof AUTH_COLLECTIONS)[number];
export type Collection = ResourceName | AuthCollection;

export type { Key, Row };

/** One change to the state, as the journal keeps it: replayed, never checked again. */
export type Op =
  | { op: 'put'; coll: Collection; record: Row }
  | { op: 'delete'; coll: Collection; id: Key }
  /** A restore: every resource collection replaced at once; ids issued before stay issued. */
  | {
      op: 'replaceData';
      data: Partial<Record<ResourceName, StoredRecord[]>>;
      lastIds: Partial<Record<ResourceName, number>>;
    };

/** One commit: its changes and their audit entries, stored together or not at all. */
export interface JournalLine {
  seq: number;
  ops: Op[];
  audit: AuditEntry[];
  /** An erasure's purge due, or a purge done: see purge.ts. */
  purge?: PurgeMark;
}

export type AuditDraft = Omit<AuditEntry, 'id' | 'at'>;

/** What a change decided against the current state: what to store, what to audit, what to answer. */
export interface Decision<R> {
  ops: Op[];
  audit: AuditDraft[];
  result: R;
  purge?: PurgeMark;
}

/** What reading the state offers a change's checks. */
export interface ReadState {
  /** The REST resources as the domain's statistics read them. */
  readonly data: Db;
  all(coll: Collection): readonly Row[];
  /** A collection with its columns, for list queries. */
  table(coll: Collection): Table;
  find(coll: Collection, id: Key): Row | undefined;
  /** The highest id ever issued in a collection: ids are never reused. */
  issuedId(coll: Collection): number;
}

/**
 * A write, built by a route: `decide` checks it against the state and says what to store.
 * It runs inside the commit, with nothing else in between, and may throw an ApiError.
 */
export interface Change<R> {
  decide(state: ReadState, now: Date): Decision<R>;
}

export interface Committed<R> {
  result: R;
  audit: AuditEntry[];
}

/** A record whose confidential fields an erasure blanked. */
export interface ErasedItem {
  resource: ErasedResource;
  id: number;
}

/**
 * What a journal line says about purging: an erasure's line names what it erased, so
 * that every earlier copy (journal, snapshots, backups) is purged of it; a later line
 * records the purge of everything due up to a line as done.
 */
export type PurgeMark = { erased: ErasedItem[] } | { done: number };
