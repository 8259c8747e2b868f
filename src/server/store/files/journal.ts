import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import type { JournalLine } from '../types';
import { FILE_MODE, syncDirInBackground } from './durable';

export const JOURNAL = 'journal.jsonl';
/** Closed parts of the journal, waiting for a snapshot to take them in: journal-<last seq>.jsonl. */
const SEGMENT = /^journal-(\d+)\.jsonl$/;

export function journalSegments(dataDir: string): string[] {
  return fs
    .readdirSync(dataDir)
    .filter((f) => SEGMENT.test(f))
    .sort((a, b) => Number(SEGMENT.exec(a)![1]) - Number(SEGMENT.exec(b)![1]))
    .map((f) => path.join(dataDir, f));
}

/**
 * Reads a journal file. Only its last line can be incomplete — cut off by a crash while it
 * was written, so never acknowledged: it is left out, and `validBytes` says where the
 * whole lines end. A damaged line before the last is an error: something else broke the file.
 */
export function readJournalFile(file: string): { lines: JournalLine[]; validBytes: number; torn: boolean } {
  if (!fs.existsSync(file)) return { lines: [], validBytes: 0, torn: false };
  const text = fs.readFileSync(file, 'utf8');
  const parts = text.split('\n');
  const rest = parts.pop()!; // after the last newline: '' when the file ends with a whole line
  const lines: JournalLine[] = [];
  let validBytes = 0;
  for (const [i, part] of parts.entries()) {
    try {
      lines.push(JSON.parse(part) as JournalLine);
    } catch {
      if (i < parts.length - 1 || rest !== '')
        throw new Error(`${file}: linje ${i + 1} er beskadiget; gendan DATA_DIR fra en sikkerhedskopi`);
      return { lines, validBytes, torn: true };
    }
    validBytes += Buffer.byteLength(part) + 1;
  }
  return { lines, validBytes, torn: rest !== '' };
}

/**
 * The lines of a closed journal part, one at a time: a snapshot reads parts of thousands of
 * lines, and holding a part whole (its text, its lines, every record in them) in the worker
 * at once costs several times its size. A closed part ends with a whole line; any damage is an error.
 */
export async function* journalLines(file: string): AsyncGenerator<JournalLine> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text === '') continue;
    try {
      yield JSON.parse(text) as JournalLine;
    } catch {
      throw new Error(`${file}: linje ${number} er beskadiget; gendan DATA_DIR fra en sikkerhedskopi`);
    }
  }
}

/** Someone else wrote or replaced the journal: nothing more may be appended to it. */
export class JournalChangedError extends Error {}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

const fdatasync = promisify(fs.fdatasync);

/**
 * The open end of the journal, written by group commit: the lines of every commit decided
 * while a sync runs go to disk together in the next write and fdatasync, and each
 * `append` resolves once its own line is on disk. The file is opened for appending and
 * checked before each write (its size and inode as this writer left them), so even two
 * processes on one journal could never write over each other's lines.
 */
export class JournalWriter {
  private fd: number;
  private inode: number;
  /** Bytes on disk, as this writer left them. */
  private size: number;
  private queued: Buffer[] = [];
  private waiters: Waiter[] = [];
  private queuedSeq = 0;
  private writtenSeq = 0;
  private running: Promise<void> | undefined;
  private rotation: { resolve: (segment: string | undefined) => void; reject: (err: unknown) => void }[] = [];
  private broken: unknown;
  /** Lines and bytes in this part of the journal, written or queued. */
  lines = 0;
  bytes = 0;

  constructor(
    private readonly dataDir: string,
    /** The last line already in the journal: the name of the part a rotation closes. */
    lastSeq: number,
    validBytes?: number,
    /** Told at once, before any waiter hears of it, when a write fails and the writer refuses from then on. */
    private readonly onBroken: (err: unknown) => void = () => undefined,
  ) {
    this.writtenSeq = lastSeq;
    this.fd = this.open();
    const stat = fs.fstatSync(this.fd);
    this.inode = stat.ino;
    this.size = stat.size;
    if (validBytes !== undefined && validBytes < this.size) {
      fs.ftruncateSync(this.fd, validBytes);
      fs.fsyncSync(this.fd);
      this.size = validBytes;
    }
    this.bytes = this.size;
  }

  private get file(): string {
    return path.join(this.dataDir, JOURNAL);
  }

  private open(flags = fs.constants.O_CREAT): number {
    return fs.openSync(this.file, fs.constants.O_WRONLY | fs.constants.O_APPEND | flags, FILE_MODE);
  }

  /** The bytes of whole lines on disk: where a writer that follows this one starts. */
  get durableSize(): number {
    return this.size;
  }

  /** Queues a line; resolves once it is on disk, rejects if it never will be. */
  append(line: JournalLine): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const data = Buffer.from(`${JSON.stringify(line)}\n`);
    this.queued.push(data);
    this.queuedSeq = line.seq;
    this.lines++;
    this.bytes += data.length;
    const durable = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.drain();
    return durable;
  }

  /**
   * Closes this part of the journal as journal-<last seq>.jsonl, once every line queued
   * so far is on disk, and starts a new one. Resolves the closed part, or nothing when empty.
   */
  rotate(): Promise<string | undefined> {
    const rotated = new Promise<string | undefined>((resolve, reject) =>
      this.rotation.push({ resolve, reject }),
    );
    this.drain();
    return rotated;
  }

  /** Waits until everything queued is on disk (or refused). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Starts the run at once when none is going: an idle journal's line is written and its
   * sync started inside `append`, so the disk works while the commit is applied to memory.
   */
  private drain(): void {
    if (this.running) return;
    let finished!: () => void;
    // Set before the run starts, since the run's first write happens before `run()` returns.
    this.running = new Promise<void>((resolve) => (finished = resolve));
    void this.run(finished);
  }

  /** One write and sync at a time; a rotation asked for goes between two of them, so it never waits long. */
  private async run(finished: () => void): Promise<void> {
    try {
      while (this.queued.length > 0 || this.rotation.length > 0) {
        if (this.rotation.length > 0) await this.rotateNow();
        else await this.writeBatch();
      }
    } finally {
      // In the same step as the last look at the queue, so no line queued meanwhile is left behind.
      this.running = undefined;
      finished();
    }
  }

  private async writeBatch(): Promise<void> {
    const batch = this.queued.length === 1 ? this.queued[0]! : Buffer.concat(this.queued);
    const waiters = this.waiters;
    const seq = this.queuedSeq;
    this.queued = [];
    this.waiters = [];
    try {
      if (this.broken) throw this.broken;
      this.check();
      // Into the page cache at once (microseconds); only the sync to the disk is waited for off the thread.
      for (let written = 0; written < batch.length;)
        written += fs.writeSync(this.fd, batch, written, batch.length - written);
      await fdatasync(this.fd);
    } catch (err) {
      this.fail(err);
      for (const w of waiters) w.reject(err);
      return;
    }
    this.size += batch.length;
    this.writtenSeq = seq;
    for (const w of waiters) w.resolve();
  }

  /** The file is still ours, as we left it: no other process appended to it or replaced it. */
  private check(): void {
    const own = fs.fstatSync(this.fd);
    const named = fs.statSync(this.file, { throwIfNoEntry: false });
    if (own.size !== this.size || named?.ino !== this.inode)
      throw new JournalChangedError(
        `${this.file} er ændret af en anden proces (${own.size} byte, ventede ${this.size}); intet er skrevet. ` +
          'Stop alle andre processer på datamappen og genstart serveren.',
      );
  }

  /**
   * A failed write (a full disk) must not leave half a line for the next one to follow,
   * and after a failed sync nothing can be promised: every later append is refused.
   */
  private fail(err: unknown): void {
    this.broken = err;
    this.onBroken(err);
    if (!(err instanceof JournalChangedError))
      try {
        fs.ftruncateSync(this.fd, this.size);
      } catch {
        /* the line stays torn and is dropped on the next start */
      }
    for (const w of this.waiters.splice(0)) w.reject(err);
    this.queued = [];
  }

  private async rotateNow(): Promise<void> {
    const waiting = this.rotation.splice(0);
    try {
      if (this.broken) throw this.broken;
      if (this.size === 0) return waiting.forEach((r) => r.resolve(undefined));
      this.check();
      const closed = path.join(this.dataDir, `journal-${this.writtenSeq}.jsonl`);
      fs.renameSync(this.file, closed);
      const next = this.open(fs.constants.O_CREAT | fs.constants.O_EXCL);
      // Lines queued meanwhile wait in memory: none is written before both names are on disk.
      await syncDirInBackground(this.dataDir);
      fs.closeSync(this.fd);
      this.fd = next;
      this.inode = fs.fstatSync(next).ino;
      this.size = 0;
      this.lines = 0;
      this.bytes = 0;
      waiting.forEach((r) => r.resolve(closed));
    } catch (err) {
      waiting.forEach((r) => r.reject(err));
    }
  }

  async close(): Promise<void> {
    await this.settle();
    fs.closeSync(this.fd);
  }
}
