import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file the store keeps is for the server's user only: it holds police contacts and notes. */
export const FILE_MODE = 0o600;
const CHUNK = 1 << 20;
const SYNC_EVERY = 4 << 20;

/** A directory entry (a rename, a new or removed file) is on disk only once the directory is synced. */
export function syncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The same off the thread, where a request may be waiting: a directory's sync can take long on a busy disk. */
export async function syncDirInBackground(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Buffered writes to a file descriptor, so a large snapshot is not a million system
 * calls; synced every few megabytes, so the disk never has a backlog that would hold up
 * the journal's own sync while the snapshot is written.
 */
export class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  private unsynced = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    fs.writeSync(this.fd, this.parts.join(''));
    this.unsynced += this.size;
    this.parts = [];
    this.size = 0;
    if (this.unsynced >= SYNC_EVERY) {
      fs.fdatasyncSync(this.fd);
      this.unsynced = 0;
    }
  }
}

/** Temp files the store leaves only when killed in the middle of writing one (and those of older versions). */
const TEMP_FILES = [/\.\d+\.[0-9a-f]{8}\.tmp$/, /^db\.json\.\d+$/];

/**
 * Writes `file` whole or not at all: a temp file beside it, synced, renamed over it, the
 * directory synced. A crash leaves either the old file or the new one (and a temp file
 * that the next start removes).
 */
export async function writeAtomically(
  file: string,
  write: (out: ChunkWriter) => void | Promise<void>,
): Promise<void> {
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'w', FILE_MODE);
  try {
    const out = new ChunkWriter(fd);
    await write(out);
    out.flush();
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  fs.renameSync(temp, file);
  syncDir(path.dirname(file));
}

export function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  return writeAtomically(file, (out) => out.write(JSON.stringify(value)));
}

export function removeTempFiles(dir: string): void {
  for (const name of fs.readdirSync(dir))
    if (TEMP_FILES.some((t) => t.test(name))) fs.rmSync(path.join(dir, name));
}

/** A snapshot file read whole; a damaged one stops the start with what to do about it. */
export function readJsonFile(file: string): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new Error(
      `${file} er ikke gyldig JSON; gendan den fra en sikkerhedskopi (npm run restore), før serveren startes`,
    );
  }
}
