import type { AuditEntry } from './audit';
import type { Change, Committed, ReadState } from './types';

export interface StoreFigures {
  /** Journal bytes not yet taken into a snapshot (the embedded store; 0 on PostgreSQL). */
  journalBytes: number;
  /** How long the last snapshot took, in seconds; null before the first. */
  lastSnapshotSeconds: number | null;
}

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
  /** False while a write cannot be made durable (the embedded store's disk is full); reads go on. */
  readonly writable: boolean;
  /** Figures for operators (metrics): what this engine knows about its own upkeep. */
  figures(): StoreFigures;
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
