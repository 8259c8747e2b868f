import type { AuditEntry } from './audit';
import type { Change, Committed, ReadState } from './types';

/**
 * The one door to the data. Reads come from the state in memory; every write is a
 * `commit(change)`: the change's checks and its storing happen as one step, with its
 * audit entries in the same commit, so two requests can never both pass a check that
 * only one of them may pass. Each engine (files, PostgreSQL) keeps this promise its own way.
 */
export interface Store extends ReadState {
  readonly engine: 'files' | 'postgres';
  /** False while the database cannot be reached: requests are answered 503 until it can. */
  readonly available: boolean;
  /** True when this start created the store from the seed. */
  readonly created: boolean;
  audit(): readonly AuditEntry[];
  commit<R>(change: Change<R>): Promise<Committed<R>>;
  /** Whether the store can be read and written right now, for the load balancer's health check. */
  health(): Promise<boolean>;
  /** Writes the journal into the snapshot files off the request path, and a backup if asked. */
  snapshot(backup?: string): Promise<void>;
  /**
   * After an erasure: no earlier copy of anything left — the journal so far taken in, the
   * backups blanked in place (the files engine, until the purge is recorded done); the
   * journal's earlier lines dropped (PostgreSQL, which updates rows in place).
   */
  purgeHistory(): Promise<void>;
  /** Replaces audit entries by id, where they are kept (entries from before confidential values were hidden). */
  rewriteAudit(entries: readonly AuditEntry[]): Promise<void>;
  close(): Promise<void>;
}
