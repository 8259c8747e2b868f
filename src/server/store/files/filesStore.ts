import fs from 'node:fs';
import path from 'node:path';
import { runTask } from '../../worker/runTask';
import type { AuditEntry } from '../audit';
import { diskFull, unavailable } from '../../errors/apiError';
import { prepareLine } from '../commit';
import type { State } from '../state';
import type { Store } from '../store';
import type { Change, Committed } from '../types';
import { backupDir } from './backups';
import { crashPoint } from '../crashPoint';
import { removeTempFiles, syncDirInBackground, writeAtomically } from './durable';
import { isSpaceError, roomToWrite } from './diskFull';
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
/** While the disk is full, how often it is tried whether there is room again. */
const ROOM_PROBE_MS = 2000;

/** What a commit the disk refused is answered. */
const refusal = (err: unknown) => (isSpaceError(err) ? diskFull() : unavailable());

export interface FileStoreOptions {
  dataDir: string;
  /** Where a new store's data comes from; without it a new store starts empty. */
  seedFile?: string;
  clock: () => Date;
  /** Journal lines between snapshots. */
  snapshotLines?: number;
  /** The store cannot go on (not a full disk): the server exits, so that its supervisor starts it again. */
  onFatal?: (err: unknown) => void;
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
  /** Why the store cannot go on (the disk failed, another process wrote the journal): nothing more is answered. */
  private failed: unknown;
  /** The disk is full: commits go one at a time, each on disk before memory has it. */
  private full = false;
  /** Memory is read again from disk, after it took lines the disk refused. */
  private reloading = false;
  private careful: Promise<unknown> = Promise.resolve();
  /** The last reload from disk, which a snapshot lets finish before it removes journal parts. */
  private reloaded: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private retry: NodeJS.Timeout | undefined;
  private roomWatch: NodeJS.Timeout | undefined;
  private lastSnapshotSeconds: number | null = null;
  private journal: JournalWriter;

  constructor(
    private state: State,
    journalBytes: number,
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly release: () => void,
    readonly created: boolean,
    private readonly snapshotLines: number,
    private readonly onFatal: (err: unknown) => void,
  ) {
    this.journal = this.openJournal(journalBytes);
    this.timer = setInterval(() => {
      if (this.journal.lines > 0) void this.snapshot().catch(() => undefined);
    }, SNAPSHOT_AFTER_MS).unref();
  }

  private openJournal(validBytes: number): JournalWriter {
    return new JournalWriter(this.dataDir, this.state.seq, validBytes, (err) => this.writeFailed(err));
  }

  /** Nothing is answered from memory that may hold what the disk refused, nor after the store failed for good. */
  get available(): boolean {
    return this.failed === undefined && !this.reloading;
  }

  get writable(): boolean {
    return this.available && !this.full;
  }

  figures() {
    let journalBytes = this.journal.bytes;
    for (const segment of journalSegments(this.dataDir))
      journalBytes += fs.statSync(segment, { throwIfNoEntry: false })?.size ?? 0;
    return { journalBytes, lastSnapshotSeconds: this.lastSnapshotSeconds };
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
      if (!this.available) throw unavailable();
      if (this.full) return this.commitCarefully(change);
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
        throw refusal(err);
      },
    );
  }

  /**
   * While the disk is full: one commit at a time, its line on disk before memory takes it,
   * so a refused one leaves nothing behind and the first that fits is stored as usual.
   */
  private commitCarefully<R>(change: Change<R>): Promise<Committed<R>> {
    const run = async (): Promise<Committed<R>> => {
      if (!this.available) throw unavailable();
      if (!this.full) return this.commit(change);
      const { line, result, audit } = prepareLine(this.state, change, this.clock());
      if (!line) return { result, audit };
      await this.journal.append(line).catch((err: unknown) => {
        throw refusal(err);
      });
      this.state.apply(line);
      this.roomAgain();
      return { result, audit };
    };
    const next = this.careful.then(run, run);
    this.careful = next.catch(() => undefined);
    return next;
  }

  /**
   * The journal refused a write, before any commit waiting on it is answered. A full disk
   * is got over: memory that took lines the disk refused is read again from disk, and the
   * journal goes on from its last whole line. Anything else cannot be trusted to end well.
   */
  private writeFailed(err: unknown): void {
    if (!isSpaceError(err)) return this.fail(err);
    const memoryAhead = !this.full;
    if (!this.full) logger.warn({ err }, 'Disken er fuld: skrivninger afvises, læsninger fortsætter.');
    this.full = true;
    this.watchForRoom();
    const broken = this.journal;
    if (!memoryAhead) {
      void broken.close().catch(() => undefined);
      try {
        this.journal = this.openJournal(broken.durableSize);
      } catch (reopen) {
        this.fail(reopen);
      }
      return;
    }
    this.reloading = true;
    this.reloaded = (async () => {
      await broken.close();
      const { state, journalBytes } = await loadState(this.dataDir);
      this.state = state;
      this.journal = this.openJournal(journalBytes);
      this.reloading = false;
    })().catch((reloadErr: unknown) => this.fail(reloadErr));
  }

  private watchForRoom(): void {
    this.roomWatch ??= setInterval(() => {
      if (this.full && !this.reloading && roomToWrite(this.dataDir)) this.roomAgain();
    }, ROOM_PROBE_MS).unref();
  }

  private roomAgain(): void {
    if (!this.full) return;
    this.full = false;
    clearInterval(this.roomWatch);
    this.roomWatch = undefined;
    logger.warn('Der er plads på disken igen: skrivninger gemmes igen.');
  }

  private fail(err: unknown): void {
    if (this.failed !== undefined) return;
    this.failed = err;
    logger.error({ err }, 'Journalen kan ikke skrives; intet mere gemmes i denne proces');
    this.onFatal(err);
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
      return !this.closed && this.writable;
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
      // Not under a reload reading them: it may have read the db.json from before this snapshot.
      await this.reloaded;
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
    clearInterval(this.roomWatch);
    await this.queue;
    await this.careful;
    await this.reloaded;
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
    const store = new FileStore(
      state,
      journalBytes,
      dataDir,
      options.clock,
      release,
      created,
      options.snapshotLines ?? SNAPSHOT_LINES,
      options.onFatal ?? (() => undefined),
    );
    // An erasure whose purge a crash or a failed snapshot interrupted: finished before anything is served.
    if (state.purgeDue) await store.purgeHistory().catch(() => undefined);
    return store;
  } catch (err) {
    release();
    throw err;
  }
}
