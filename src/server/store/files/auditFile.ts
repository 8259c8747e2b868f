import fs from 'node:fs';
import type { AuditEntry } from '../audit';

/**
 * audit.jsonl: the audit log, one entry a line, appended from the journal by each
 * snapshot. A line cut off by a crash (possible only in files from before the journal)
 * is skipped: every entry is in the journal until a snapshot has written it here.
 */
export function readAuditFile(file: string): AuditEntry[] {
  if (!fs.existsSync(file)) return [];
  const entries: AuditEntry[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      /* torn line: skipped */
    }
  }
  return entries;
}

/** The id of the last whole entry, read from the end of the file only. */
export function lastAuditId(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  try {
    for (let span = 64 * 1024; ; span *= 4) {
      const length = Math.min(size, span);
      const buffer = Buffer.alloc(length);
      fs.readSync(fd, buffer, 0, length, size - length);
      const lines = buffer.toString('utf8').split('\n');
      // The first line of a partial read may be cut; it counts only when the whole file was read.
      const whole = length === size ? lines : lines.slice(1);
      for (const line of whole.reverse()) {
        try {
          if (line.trim()) return (JSON.parse(line) as AuditEntry).id;
        } catch {
          /* a torn line: look further back */
        }
      }
      if (length === size) return 0;
    }
  } finally {
    fs.closeSync(fd);
  }
}
