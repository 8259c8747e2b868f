import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small file system of its own, to fill for real (root only: CI runs as root). */
export interface SmallDisk {
  dir: string;
  /** False where mounting is not allowed: the suite says so and is skipped. */
  mounted: boolean;
  /** Writes a file until only `leaveBytes` are left, or until not a byte more fits. */
  fill(leaveBytes?: number): void;
  /** Removes what `fill` wrote. */
  free(): void;
  unmount(): void;
}

const FILLER = 'fyld.bin';
const CHUNKS = [64 * 1024, 4096, 512, 1];

export function mountSmallDisk(megabytes: number, suite: string): SmallDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-disk-'));
  const mounted =
    spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0700`, 'tmpfs', dir]).status === 0;
  if (!mounted)
    console.warn(
      `${suite}: en tmpfs kan ikke monteres her (kræver root); testene af en fuld disk er sprunget over`,
    );
  const filler = path.join(dir, FILLER);
  return {
    dir,
    mounted,
    fill(leaveBytes = 0) {
      const fd = fs.openSync(filler, 'a');
      try {
        for (const size of CHUNKS) {
          const chunk = Buffer.alloc(size, 7);
          try {
            for (;;) {
              const { bavail, bsize } = fs.statfsSync(dir);
              if (leaveBytes > 0 && bavail * bsize - size < leaveBytes) break;
              fs.writeSync(fd, chunk);
            }
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      if (mounted) spawnSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
