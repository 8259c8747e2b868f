import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE } from './durable';

/** Out of space, or over a quota: the write is refused and the store goes on once there is room. */
export function isSpaceError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** More than a journal line of ordinary size: room for this is room to write again. */
const PROBE_BYTES = 64 * 1024;

/**
 * Whether a write would be made durable now: a probe file written, synced and removed.
 * Named like the store's temp files, so one a kill left behind goes on the next start.
 */
export function roomToWrite(dataDir: string): boolean {
  const probe = path.join(dataDir, `room-probe.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(probe, 'w', FILE_MODE);
    fs.writeSync(fd, Buffer.alloc(PROBE_BYTES));
    fs.fdatasyncSync(fd);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
  }
}
