import fs from 'node:fs';
import path from 'node:path';
import { RESOURCE_NAMES, type StoredRecord } from '../../../domain/resources';
import { seedForToday } from '../../demoSeed';
import { runTask } from '../../worker/runTask';
import type { AuditEntry } from '../../audit';
import { prepareLine } from '../commit';
import { versioned } from '../versioned';
import { State } from '../state';
import type { Store } from '../store';
import { AUTH_COLLECTIONS, type Change, type Committed, type JournalLine, type Op } from '../types';
import { readAuditFile } from './auditFile';
import { readAuthSnapshot } from './authFile';
import { removeTempFiles, syncDir, writeAtomically } from './durable';
import { JOURNAL, JournalWriter, journalSegments, readJournalFile } from './journal';
import { lockDataDir } from './lock';
import type { SnapshotJob } from './snapshot';
import { readDataSnapshot, writeCollection, writeDataEnd, writeDataHeader } from './snapshotFormat';

/** A snapshot is due after this many journal lines or bytes, or this long after the first unsaved line. */
export const SNAPSHOT_LINES = 10_000;
const SNAPSHOT_BYTES = 64 * 1024 * 1024;
const SNAPSHOT_AFTER_MS = 10 * 60 * 1000;

export interface FileStoreOptions {
  dataDir: string;
  /** Where a new store's data comes from; without it a new store starts empty. */
  seedFile?: string;
  clock: () => Date;
  /** Journal lines between snapshots. */
  snapshotLines?: number;
}

const isAuthOp = (op: Op) =>
  op.op !== 'replaceData' && (AUTH_COLLECTIONS as readonly string[]).includes(op.coll);

async function createFromSeed(file: string, seedFile: string | undefined, now: Date): Promise<void> {
  const raw = seedFile ? (JSON.parse(fs.readFileSync(seedFile, 'utf8')) as Record<string, unknown>) : {};
  const seed = seedForToday(raw, now) as Record<string, StoredRecord[] | undefined>;
  await writeAtomically(file, (out) => {
    writeDataHeader(out, { seq: 0, lastIds: {} });
    for (const name of RESOURCE_NAMES) writeCollection(out, name, (seed[name] ?? []).map(versioned));
    writeDataEnd(out);
  });
}

/** db.json, users.json, audit.jsonl, then the journal lines none of them holds yet. */
export async function loadState(
  dataDir: string,
): Promise<{ state: State; journalBytes: number; torn: boolean }> {
  const state = new State();
  const collections = new Map<string, StoredRecord[]>();
  let header = { seq: 0, lastIds: {} as Record<string, number> };
  await readDataSnapshot(path.join(dataDir, 'db.json'), {
    header: (h) => (header = h),
    record: (name, record) => {
      let list = collections.get(name);
      if (!list) collections.set(name, (list = []));
      list.push(versioned(record));
    },
  });
  for (const name of RESOURCE_NAMES) state.load(name, collections.get(name) ?? [], header.lastIds[name] ?? 0);
  const auth = readAuthSnapshot(path.join(dataDir, 'users.json'));
  state.load('users', auth.users, auth.lastUserId);
  state.load('sessions', auth.sessions);
  state.load('loginFailures', auth.loginFailures);
  state.audit.push(...readAuditFile(path.join(dataDir, 'audit.jsonl')));
  state.seq = Math.max(header.seq, auth.seq);

  // Each file holds the journal up to its own line: a crash between two of them loses nothing.
  const replay = (line: JournalLine) =>
    state.apply({
      seq: Math.max(state.seq, line.seq),
      ops: line.ops.filter((op) => line.seq > (isAuthOp(op) ? auth.seq : header.seq)),
      audit: line.audit.filter((e) => e.id > state.lastAuditId),
    });
  for (const segment of journalSegments(dataDir)) readJournalFile(segment).lines.forEach(replay);
  const active = readJournalFile(path.join(dataDir, JOURNAL));
  active.lines.forEach(replay);
  return { state, journalBytes: active.validBytes, torn: active.torn };
}

/** The snapshot is written by a worker thread at low priority, so no request waits for it. */
const runWorker = (job: SnapshotJob) =>
  runTask<{ seq: number }>(new URL('./snapshot.ts', import.meta.url), 'writeSnapshot', job, {
    lowPriority: true,
  });

/**
 * The embedded engine: the state in memory, every commit one line appended to
 * DATA_DIR/journal.jsonl and synced before it is answered, and snapshots (db.json,
 * users.json, audit.jsonl) written by a worker thread from the files alone.
 * A commit is synchronous from its checks to its line on disk, so nothing can come between.
 */
class FileStore implements Store {
  readonly engine = 'files';
  readonly available = true;
  private queue: Promise<void> = Promise.resolve();
  private snapshotDue = false;
  private closed = false;
  private readonly timer: NodeJS.Timeout;

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
      if (this.journal.lines > 0) void this.snapshot();
    }, SNAPSHOT_AFTER_MS).unref();
  }

  get data() {
    return this.state.data;
  }
  all: State['all'] = (coll) => this.state.all(coll);
  find: State['find'] = (coll, id) => this.state.find(coll, id);
  table: State['table'] = (coll) => this.state.table(coll);
  issuedId: State['issuedId'] = (coll) => this.state.issuedId(coll);
  audit = () => this.state.audit;

  commit<R>(change: Change<R>): Promise<Committed<R>> {
    try {
      return Promise.resolve(this.commitNow(change));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private commitNow<R>(change: Change<R>): Committed<R> {
    if (this.closed) throw new Error('the store is closed');
    const { line, result, audit } = prepareLine(this.state, change, this.clock());
    if (!line) return { result, audit };
    this.journal.append(line);
    this.state.apply(line);
    if (
      !this.snapshotDue &&
      (this.journal.lines >= this.snapshotLines || this.journal.bytes >= SNAPSHOT_BYTES)
    ) {
      this.snapshotDue = true;
      void this.snapshot();
    }
    return { result, audit };
  }

  async health(): Promise<boolean> {
    try {
      fs.accessSync(path.join(this.dataDir, JOURNAL), fs.constants.R_OK | fs.constants.W_OK);
      return !this.closed;
    } catch {
      return false;
    }
  }

  snapshot(backup?: string, replaceBackups = false): Promise<void> {
    const run = async () => {
      this.snapshotDue = false;
      if (this.journal.bytes > 0) this.journal.rotate(this.state.seq);
      const segments = journalSegments(this.dataDir);
      if (segments.length === 0 && !backup) return;
      const now = this.clock().toISOString();
      await runWorker({ dataDir: this.dataDir, segments, backup, replaceBackups, now });
      for (const segment of segments) fs.rmSync(segment);
      syncDir(this.dataDir);
    };
    const next = this.queue.then(run);
    // A failed snapshot loses nothing: the journal parts stay until one succeeds.
    this.queue = next.catch((err: unknown) => console.error('Snapshot mislykkedes:', err));
    return next;
  }

  purgeHistory(): Promise<void> {
    return this.snapshot('erasure', true);
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
    await this.queue;
    this.journal.close();
    this.release();
  }
}

export async function openFileStore(options: FileStoreOptions): Promise<Store> {
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = lockDataDir(dataDir);
  try {
    removeTempFiles(dataDir);
    const dbFile = path.join(dataDir, 'db.json');
    const created = !fs.existsSync(dbFile);
    if (created) await createFromSeed(dbFile, options.seedFile, options.clock());
    const { state, journalBytes, torn } = await loadState(dataDir);
    if (torn) console.warn(`${JOURNAL}: en afbrudt sidste linje (aldrig bekræftet) er fjernet`);
    const journal = new JournalWriter(dataDir, journalBytes);
    return new FileStore(
      state,
      journal,
      dataDir,
      options.clock,
      release,
      created,
      options.snapshotLines ?? SNAPSHOT_LINES,
    );
  } catch (err) {
    release();
    throw err;
  }
}
