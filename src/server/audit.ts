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
