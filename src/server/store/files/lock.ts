import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flockSync } from 'fs-ext';
import { FILE_MODE } from './durable';

export class StoreLockedError extends Error {}

export const LOCK_FILE = 'store.lock';

/** Who holds the lock, as the holder wrote it: for the message only, never to decide. */
function holderOf(fd: number): string {
  const text = fs.readFileSync(fd, 'utf8').trim();
  return text ? ` (${text})` : '';
}

/**
 * One process writes a DATA_DIR at a time: the journal has one end. The lock is an
 * exclusive flock on DATA_DIR/store.lock, held by the kernel on the open file for the
 * process's life and dropped when it dies, however it dies. So a restart after kill -9
 * works as pid 1 in a container, and a second process is refused whatever pid namespace
 * it runs in: the kernel sees both opens of the same file. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, FILE_MODE);
  try {
    flockSync(fd, 'exnb');
  } catch (err) {
    const holder = holderOf(fd);
    fs.closeSync(fd);
    if (
      (err as NodeJS.ErrnoException).code === 'EAGAIN' ||
      (err as NodeJS.ErrnoException).code === 'EWOULDBLOCK'
    )
      throw new StoreLockedError(
        `${dataDir} bruges af en anden proces${holder}. Stop serveren først: kun én proces ad gangen må skrive i datamappen.`,
      );
    throw err;
  }
  // For the message a refused process shows; the pid alone says little across namespaces.
  fs.ftruncateSync(fd, 0);
  fs.writeSync(fd, `pid ${process.pid} på ${os.hostname()}, startet ${new Date().toISOString()}`, 0);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Closing the file is what releases the lock; the file itself stays for the next holder.
    fs.closeSync(fd);
  };
  process.on('exit', release);
  return release;
}

/** `work` with DATA_DIR locked, for a tool that reads or writes its files without opening the store. */
export async function withDataDirLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = lockDataDir(dataDir);
  try {
    return await work();
  } finally {
    release();
  }
}
