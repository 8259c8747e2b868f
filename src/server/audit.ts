import fs from 'node:fs';
import path from 'node:path';
import type { AuditAction } from '../domain/auditActions';

export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: AuditAction;
  resource: string | null;
  recordId: number | null;
  changes: Changes | null;
}

/** Fields whose change says nothing to a reader of the history. */
const NOISE = new Set(['version']);

/** What differs between two versions of a record, field by field. */
export function diff(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (NOISE.has(key)) continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

/**
 * The append-only audit log: one JSON line per entry in DATA_DIR/audit.jsonl, synced
 * to disk before the request is answered. Nothing in the API can edit or delete it.
 */
export class AuditLog {
  private readonly file: string;
  private readonly entries: AuditEntry[] = [];

  constructor(
    dataDir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.file = path.join(dataDir, 'audit.jsonl');
    if (fs.existsSync(this.file)) {
      for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
        // A crash mid-append can leave a torn last line; everything before it is whole.
        try {
          if (line.trim()) this.entries.push(JSON.parse(line) as AuditEntry);
        } catch {
          /* torn line: skipped */
        }
      }
    }
  }

  append(entry: Omit<AuditEntry, 'id' | 'at'>): AuditEntry {
    const full: AuditEntry = {
      id: (this.entries.at(-1)?.id ?? 0) + 1,
      at: this.clock().toISOString(),
      ...entry,
    };
    const fd = fs.openSync(this.file, 'a');
    try {
      fs.writeSync(fd, `${JSON.stringify(full)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.entries.push(full);
    return full;
  }

  all(): readonly AuditEntry[] {
    return this.entries;
  }
}
