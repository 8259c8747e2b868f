import fs from 'node:fs/promises';
import type { DiskSpace } from '../../domain/diskSpace';

/** The space left on the file system that holds `dir`, as an unprivileged process may use it. */
export async function diskSpace(dir: string): Promise<DiskSpace> {
  const stats = await fs.statfs(dir);
  return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
}
