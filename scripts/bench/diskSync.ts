import fs from 'node:fs';
import path from 'node:path';
import { percentile } from './table';

/**
 * The disk's own price of a durable line, beside which the store's write is judged:
 * append ~300 bytes to a file opened for appending in `dir` and fdatasync it, p50 over
 * `count` lines. Measured alone, between the servers' phases: on ext4 one process's
 * fdatasync waits for another's dirty pages.
 */
export function diskAppendSyncMs(dir: string, count = 300): number {
  const file = path.join(dir, 'bench-sync.jsonl');
  const fd = fs.openSync(file, 'a');
  const line = Buffer.from(`${JSON.stringify({ seq: 0, text: 'x'.repeat(280) })}\n`);
  const samples: number[] = [];
  try {
    for (let i = 0; i < count + 10; i++) {
      const t0 = performance.now();
      fs.writeSync(fd, line);
      fs.fdatasyncSync(fd);
      if (i >= 10) samples.push(performance.now() - t0);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file);
  }
  return percentile(samples, 0.5);
}
