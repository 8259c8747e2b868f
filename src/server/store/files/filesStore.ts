import fs from 'node:fs';
import path from 'node:path';
import { runTask } from '../../worker/runTask';
import type { AuditEntry } from '../audit';
import { unavailable } from '../../errors/apiError';
import { prepareLine } from '../commit';
import type { State } from '../state';
import type { Store } from '../store';
import type { Change, Committed } from '../types';
import { backupDir } from './backups';
import { crashPoint } from '../crashPoint';
import { removeTempFiles, syncDirInBackground, writeAtomically } from './durable';
import { JOURNAL, JournalWriter, journalSegments } from './journal';
import { createFromSeed, loadState } from './loadState';
import { lockDataDir } from './lock';
import type { SnapshotDone, SnapshotJob } from './snapshot';
import { logger } from '../../log/logger';

export { loadState } from './loadState';

/** A snapshot is due after this many journal lines or bytes, or this long after the first unsaved line. */
export const SNAPSHOT_LINES = 10_000;
const SNAPSHOT_BYTES = 64 * 1024 * 1024;
const SNAPSHOT_AFTER_MS = 10 * 60 * 1000;
/** A purge that failed (a full disk) is tried again this often until it is recorded done. */
const PURGE_RETRY_MS = 30 * 1000;

export interface FileStoreOptions {
  dataDir: string;
  /** Where a new store's data comes from; without it a new store starts empty. */
  seedFile?: string;
  clock: () => Date;
  /** Journal lines between snapshots. */
  snapshotLines?: number;
}

/**
 * The snapshot is written by a worker thread at low priority, so no request waits for it.
 * It streams, so a small young generation does (the default would keep tens of MB of garbage);
 * its old generation is not capped, since a snapshot that cannot finish would leave the journal growing.
 */
const runWorker = (job: SnapshotJob) =>
  runTask<SnapshotDone>(new URL('./snapshot.ts', import.meta.url), 'writeSnapshot', job, {
    lowPriority: true,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });

/** Records the purge up to an erasure's line as done: see purge.ts. */
const purgeDone = (seq: number): Change<void> => ({
  decide: () => ({ ops: [], audit: [], result: undefined, purge: { done: seq } }),
});

/**
 * The embedded engine: the state in memory, every commit one line appended to
 * DATA_DIR/journal.jsonl, and snapshots (db.json, users.json, audit.jsonl) written by a
 * worker thread from the files alone. A commit is decided and applied synchronously, with
 * nothing in between; its line goes to disk with those of the commits decided beside it
 * (group commit), and it is answered once that sync is done.
 */
class FileStore implements Store {
  readonly engine = 'files';
  private queue: Promise<void> = Promise.resolve();
  private snapshotDue = false;
  private closed = false;
  /** Why the journal can no longer be written: the state in memory may be ahead of the disk. */
  private failed: unknown;
  private readonly timer: NodeJS.Timeout;
  private retry: NodeJS.Timeout | undefined;
  private lastSnapshotSeconds: number | null = null;

  constructor(
    private readonly state: State,
    private readonly journal: JournalWriter,
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly release: () => void,
    readonly created: boolean,
    private readonly snapshotLines: number,
  ) {
    this.timer = setInterval(() => {
      if (this.journal.lines > 0) void this.snapshot().catch(() => undefined);
    }, SNAPSHOT_AFTER_MS).unref();
  }

  get writable(): boolean {
    return this.failed === undefined;
  }

  figures() {
    let journalBytes = this.journal.bytes;
    for (const segment of journalSegments(this.dataDir))
      journalBytes += fs.statSync(segment, { throwIfNoEntry: false })?.size ?? 0;
    return { journalBytes, lastSnapshotSeconds: this.lastSnapshotSeconds };
  }

  /** After a failed write nothing is answered from memory, which may hold what never reached the disk. */
  get available(): boolean {
    return this.failed === undefined;
  }

  get data() {
    return this.state.data;
  }
  all: State['all'] = (coll) => this.state.all(coll);
  find: State['find'] = (coll, id) => this.state.find(coll, id);
  table: State['table'] = (coll) => this.state.table(coll);
  issuedId: State['issuedId'] = (coll) => this.state.issuedId(coll);
  audit = () => this.state.audit;

  /**
   * Decided and applied at once, so the next commit is decided on this one; answered once
   * its line is synced. Reads never wait for the sync.
   */
  commit<R>(change: Change<R>): Promise<Committed<R>> {
    let durable: Promise<void>;
    let committed: Committed<R>;
    try {
      if (this.closed) throw new Error('the store is closed');
      if (this.failed) throw unavailable();
      const { line, result, audit } = prepareLine(this.state, change, this.clock());
      committed = { result, audit };
      if (!line) return Promise.resolve(committed);
      durable = this.journal.append(line);
      this.state.apply(line);
    } catch (err) {
      return Promise.reject(err);
    }
    this.snapshotWhenDue();
    return durable.then(
      () => committed,
      (err: unknown) => {
        if (this.failed === undefined) {
          this.failed = err;
          logger.error({ err }, 'Journalen kan ikke skrives; intet mere gemmes før en genstart');
        }
        throw unavailable();
      },
    );
  }

  private snapshotWhenDue(): void {
    if (this.snapshotDue) return;
    if (this.journal.lines < this.snapshotLines && this.journal.bytes < SNAPSHOT_BYTES) return;
    this.snapshotDue = true;
    void this.snapshot().catch(() => undefined);
  }

  async health(): Promise<boolean> {
    try {
      fs.accessSync(path.join(this.dataDir, JOURNAL), fs.constants.R_OK | fs.constants.W_OK);
      return !this.closed && this.available;
    } catch {
      return false;
    }
  }

  /**
   * Takes the journal into the snapshot files. While an erasure's purge is due, the
   * snapshot is the purge: the worker blanks the backups, the journal parts go, and a line
   * records it done. A failed one loses nothing: the parts stay, and a due purge is tried again.
   */
  snapshot(backup?: string): Promise<void> {
    const run = async () => {
      this.snapshotDue = false;
      const purging = this.state.purgeDue !== null;
      await this.journal.rotate();
      if (purging) crashPoint('purge-journal-rotated');
      const segments = journalSegments(this.dataDir);
      if (segments.length === 0 && !backup && !this.state.purgeDue) return;
      const now = this.clock().toISOString();
      const started = performance.now();
      const done = await runWorker({ dataDir: this.dataDir, segments, backup, now });
      this.lastSnapshotSeconds = (performance.now() - started) / 1000;
      for (const segment of segments) fs.rmSync(segment);
      await syncDirInBackground(this.dataDir);
      if (purging) crashPoint('purge-journal-removed');
      if (done.purged !== undefined) await this.commit(purgeDone(done.purged));
      // An erasure decided while this one ran: its purge is the next snapshot's.
      if (this.state.purgeDue) this.retryPurge(0);
    };
    const next = this.queue.then(run);
    this.queue = next.catch((err: unknown) => {
      logger.error({ err }, 'Snapshot mislykkedes');
      if (this.state.purgeDue) this.retryPurge(PURGE_RETRY_MS);
    });
    return next;
  }

  private retryPurge(afterMs: number): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.snapshot().catch(() => undefined);
    }, afterMs).unref();
  }

  /** The purge an erasure made due: every earlier copy of what it erased, gone. */
  purgeHistory(): Promise<void> {
    return this.snapshot();
  }

  async rewriteAudit(entries: readonly AuditEntry[]): Promise<void> {
    // First everything into audit.jsonl, so no journal part still holds the old entries.
    await this.snapshot();
    const byId = new Map(entries.map((e) => [e.id, e]));
    this.state.audit.forEach((entry, i) => (this.state.audit[i] = byId.get(entry.id) ?? entry));
    await writeAtomically(path.join(this.dataDir, 'audit.jsonl'), (out) => {
      for (const entry of this.state.audit) out.write(`${JSON.stringify(entry)}\n`);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.retry);
    await this.queue;
    await this.journal.close();
    this.release();
  }
}

export async function openFileStore(options: FileStoreOptions): Promise<Store> {
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = lockDataDir(dataDir);
  try {
    removeTempFiles(dataDir);
    // A backup half-rewritten by a purge may hold what was erased.
    if (fs.existsSync(backupDir(dataDir))) removeTempFiles(backupDir(dataDir));
    const dbFile = path.join(dataDir, 'db.json');
    const created = !fs.existsSync(dbFile);
    if (created) await createFromSeed(dbFile, options.seedFile, options.clock());
    const { state, journalBytes, torn } = await loadState(dataDir);
    if (torn) logger.warn(`${JOURNAL}: en afbrudt sidste linje (aldrig bekræftet) er fjernet`);
    const journal = new JournalWriter(dataDir, state.seq, journalBytes);
    const store = new FileStore(
      state,
      journal,
      dataDir,
      options.clock,
      release,
      created,
      options.snapshotLines ?? SNAPSHOT_LINES,
    );
    // An erasure whose purge a crash or a failed snapshot interrupted: finished before anything is served.
    if (state.purgeDue) await store.purgeHistory().catch(() => undefined);
    return store;
  } catch (err) {
    release();
    throw err;
  }
}
