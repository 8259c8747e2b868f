import fs from 'node:fs';
import path from 'node:path';
import type { JournalLine } from '../types';
import { FILE_MODE, syncDir } from './durable';

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

/** The open end of the journal. An append is on disk (fdatasync) before it returns. */
export class JournalWriter {
  private fd: number;
  private size: number;
  lines = 0;

  constructor(
    private readonly dataDir: string,
    validBytes?: number,
  ) {
    const file = path.join(dataDir, JOURNAL);
    this.fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, FILE_MODE);
    this.size = fs.fstatSync(this.fd).size;
    if (validBytes !== undefined && validBytes < this.size) {
      fs.ftruncateSync(this.fd, validBytes);
      fs.fsyncSync(this.fd);
      this.size = validBytes;
    }
  }

  get bytes(): number {
    return this.size;
  }

  append(line: JournalLine): void {
    const data = Buffer.from(`${JSON.stringify(line)}\n`);
    try {
      let written = 0;
      while (written < data.length)
        written += fs.writeSync(this.fd, data, written, data.length - written, this.size + written);
      fs.fdatasyncSync(this.fd);
    } catch (err) {
      // A failed write (a full disk) must not leave half a line for the next one to follow.
      try {
        fs.ftruncateSync(this.fd, this.size);
      } catch {
        /* the line stays torn and is dropped on the next start */
      }
      throw err;
    }
    this.size += data.length;
    this.lines++;
  }

  /** Closes this part of the journal as journal-<seq>.jsonl and starts a new one. */
  rotate(lastSeq: number): string {
    const closed = path.join(this.dataDir, `journal-${lastSeq}.jsonl`);
    fs.renameSync(path.join(this.dataDir, JOURNAL), closed);
    const next = fs.openSync(path.join(this.dataDir, JOURNAL), 'wx', FILE_MODE);
    syncDir(this.dataDir);
    fs.closeSync(this.fd);
    this.fd = next;
    this.size = 0;
    this.lines = 0;
    return closed;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
