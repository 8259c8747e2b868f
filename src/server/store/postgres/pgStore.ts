import fs from 'node:fs';
import pg from 'pg';
import type { AuditEntry } from '../audit';
import { unavailable } from '../../errors/apiError';
import { prepareLine } from '../commit';
import type { State } from '../state';
import type { Store } from '../store';
import type { Change, Committed, JournalLine } from '../types';
import { loadPgState, seedIfEmpty } from './pgLoad';
import { migrate } from './schema';
import { inTransaction } from './transaction';
import { logger } from '../../log/logger';

const CHANNEL = 'beredskab_journal';
/** A process that missed a notification still sees another's write within this. */
const POLL_MS = 500;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
/** Journal lines kept for processes catching up; one further behind loads the records anew. */
const KEEP_LINES = 20_000;
const MAX_RETRIES = 100;

export interface PgStoreOptions {
  databaseUrl: string;
  seedFile?: string;
  clock: () => Date;
}

/**
 * The PostgreSQL engine: the same state in memory as the embedded one, kept by following
 * the journal table. A commit decides against this process's state and stores its line
 * with the next seq; if another process took that seq first, this one catches up and
 * decides again, so two processes can never both pass a check only one may pass.
 * Within a process, commits and catch-ups take turns.
 */
class PgStore implements Store {
  readonly engine = 'postgres';
  created = false;
  private turn: Promise<unknown> = Promise.resolve();
  private listener: pg.Client | undefined;
  private following = false;
  private closed = false;
  private catchUpQueued = false;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private state: State,
    private readonly pool: pg.Pool,
    private readonly options: PgStoreOptions,
  ) {}

  get data() {
    return this.state.data;
  }
  get available() {
    return this.following;
  }
  /** PostgreSQL refuses a write it cannot make durable, and goes on: writable whenever it is reached. */
  get writable() {
    return this.following;
  }
  figures() {
    return { journalBytes: 0, lastSnapshotSeconds: null };
  }
  all: State['all'] = (coll) => this.state.all(coll);
  find: State['find'] = (coll, id) => this.state.find(coll, id);
  table: State['table'] = (coll) => this.state.table(coll);
  issuedId: State['issuedId'] = (coll) => this.state.issuedId(coll);
  audit = () => this.state.audit;

  /** One thing at a time per process: a commit, or taking in other processes' lines. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work);
    this.turn = next.catch(() => undefined);
    return next;
  }

  /**
   * Decided on this process's state, which is nearly always current (notifications keep
   * it so): a refusal is checked again after catching up, so it never rests on a line
   * another process has stored; an acceptance is checked by the seq itself.
   */
  commit<R>(change: Change<R>): Promise<Committed<R>> {
    return this.exclusive(async () => {
      if (this.closed) throw new Error('the store is closed');
      for (let attempt = 0; ; attempt++) {
        const prepared = await this.prepare(change);
        if (!prepared.line) return { result: prepared.result, audit: prepared.audit };
        let missed: JournalLine[];
        try {
          const { rows } = await this.pool.query<{ line: JournalLine }>(
            'SELECT beredskab_commit($1, $2::json) AS line',
            [prepared.line.seq, JSON.stringify(prepared.line)],
          );
          missed = rows.map((r) => r.line);
        } catch (err) {
          logger.error(`PostgreSQL: ${(err as Error).message}`);
          throw unavailable();
        }
        if (missed.length === 0) {
          this.offer(prepared.line);
          return { result: prepared.result, audit: prepared.audit };
        }
        // Another process stored that seq first: take in what it stored, and decide again.
        if (attempt >= MAX_RETRIES) throw unavailable();
        for (const line of missed) this.offer(line);
      }
    });
  }

  private async prepare<R>(change: Change<R>) {
    try {
      return prepareLine(this.state, change, this.options.clock());
    } catch (refusal) {
      const before = this.state.seq;
      await this.catchUp().catch(() => {
        throw unavailable();
      });
      if (this.state.seq === before) throw refusal;
      return prepareLine(this.state, change, this.options.clock());
    }
  }

  /**
   * A journal line from anywhere — this process's own commit, a notification, a catch-up:
   * taken in when it is the next one, so the state is always the journal up to a line.
   * One already taken in is ignored; one further on means lines are missing: fetch them.
   */
  private offer(line: JournalLine): void {
    if (line.seq <= this.state.seq) return;
    if (line.seq === this.state.seq + 1) this.state.apply(line);
    else this.scheduleCatchUp();
  }

  /** Takes in the lines other processes stored since this one's last. */
  private async catchUp(): Promise<void> {
    for (;;) {
      const { rows } = await this.pool.query<{ seq: string; line: JournalLine }>(
        'SELECT seq, line FROM journal WHERE seq > $1 ORDER BY seq LIMIT 5000',
        [this.state.seq],
      );
      for (const row of rows) {
        if (Number(row.seq) <= this.state.seq) continue;
        // The lines in between were pruned: this process was away too long, and reads it all anew.
        if (Number(row.seq) !== this.state.seq + 1) {
          this.state = await loadPgState(this.pool);
          break;
        }
        this.state.apply(row.line);
      }
      if (rows.length < 5000) return;
    }
  }

  private scheduleCatchUp(): void {
    if (this.catchUpQueued || this.closed) return;
    this.catchUpQueued = true;
    void this.exclusive(async () => {
      this.catchUpQueued = false;
      await this.catchUp();
    }).catch(() => undefined);
  }

  /** LISTEN on its own connection; when it drops, requests wait (503) until it is back and caught up. */
  async follow(): Promise<void> {
    const listener = new pg.Client({ connectionString: this.options.databaseUrl });
    // A notification carries only the seq (anyone who may LISTEN would read it): the line is read from the table.
    listener.on('notification', ({ payload }) => {
      if (!(Number(payload) <= this.state.seq)) this.scheduleCatchUp();
    });
    const lost = () => {
      if (this.listener !== listener) return;
      this.following = false;
      this.listener = undefined;
      listener.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.reconnect(), 500).unref();
    };
    listener.on('error', lost);
    listener.on('end', lost);
    await listener.connect();
    await listener.query(`LISTEN ${CHANNEL}`);
    this.listener = listener;
    await this.exclusive(() => this.catchUp());
    this.following = true;
  }

  private async reconnect(delay = 500): Promise<void> {
    if (this.closed || this.listener) return;
    try {
      await this.follow();
      logger.info('PostgreSQL: forbindelsen er genoprettet');
    } catch {
      setTimeout(() => void this.reconnect(Math.min(delay * 2, 5000)), delay).unref();
    }
  }

  startTimers(): void {
    this.timers.push(
      setInterval(() => this.following && this.scheduleCatchUp(), POLL_MS).unref(),
      setInterval(() => {
        void this.pool
          .query("DELETE FROM journal WHERE seq < $1 AND at < now() - interval '1 hour'", [
            this.state.seq - KEEP_LINES,
          ])
          .catch(() => undefined);
      }, PRUNE_EVERY_MS).unref(),
    );
  }

  async health(): Promise<boolean> {
    if (!this.following) return false;
    try {
      await this.pool.query(
        'INSERT INTO health (id, at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at',
      );
      return true;
    } catch {
      return false;
    }
  }

  /** The database keeps its own backups (pg_dump); there is no snapshot to write. */
  snapshot(): Promise<void> {
    return Promise.resolve();
  }

  /** Records are updated in place; the journal's earlier lines, which hold what was erased, go. */
  purgeHistory(): Promise<void> {
    return this.exclusive(async () => {
      await this.pool.query('DELETE FROM journal WHERE seq < $1', [this.state.seq]);
    });
  }

  /** On start: the lines before the last erasure go, should a crash have come between it and its purge. */
  async purgeInterrupted(): Promise<void> {
    await this.pool.query(
      `DELETE FROM journal WHERE seq < (SELECT max(seq) FROM journal WHERE line->'purge'->'erased' IS NOT NULL)`,
    );
  }

  rewriteAudit(entries: readonly AuditEntry[]): Promise<void> {
    return this.exclusive(async () => {
      await inTransaction(this.pool, async (client) => {
        for (let i = 0; i < entries.length; i += 1000)
          await client.query(
            `UPDATE audit SET entry = e FROM json_array_elements($1::json) AS e WHERE audit.id = (e->>'id')::bigint`,
            [JSON.stringify(entries.slice(i, i + 1000))],
          );
      });
      const byId = new Map(entries.map((e) => [e.id, e]));
      this.state.audit.forEach((entry, i) => (this.state.audit[i] = byId.get(entry.id) ?? entry));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.turn;
    const listener = this.listener;
    this.listener = undefined;
    this.following = false;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}

export async function openPgStore(options: PgStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  // A connection that drops while idle must not take the process with it; the next query reconnects.
  pool.on('error', (err) => logger.error(`PostgreSQL: ${err.message}`));
  try {
    await migrate(pool);
    const seed = options.seedFile
      ? (JSON.parse(fs.readFileSync(options.seedFile, 'utf8')) as Record<string, unknown>)
      : undefined;
    const created = await seedIfEmpty(pool, seed, options.clock());
    const store = new PgStore(await loadPgState(pool), pool, options);
    store.created = created;
    await store.purgeInterrupted();
    await store.follow();
    store.startTimers();
    return store;
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
