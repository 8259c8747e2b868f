import type { AuditAction } from '../../domain/auditActions';

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
  /** The programme the entry concerns, for its administrators; none (a login, a user) is the system's. */
  programmeId?: number | null;
}

/** Fields whose change says nothing to a reader of the history. */
const NOISE = new Set(['version']);

/** What the history shows of a confidential field's value: that there was one, never what. */
export const CONFIDENTIAL_VALUE = '(fortroligt)';

const hide = (value: unknown) =>
  value === null || value === undefined || value === '' ? null : CONFIDENTIAL_VALUE;

/**
 * What differs between two versions of a record, field by field. A confidential field's
 * change is recorded, not its text: the audit log is kept for years, and reaches no board,
 * but erased notes must not live on in it.
 */
export function diff(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  confidential: readonly string[] = [],
): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (NOISE.has(key)) continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = confidential.includes(key) ? { before: hide(b), after: hide(a) } : { before: b, after: a };
  }
  return changes;
}

/** An entry as `diff` would write it today: confidential values hidden (entries from before this rule). */
export function redacted(entry: AuditEntry, confidential: readonly string[]): AuditEntry {
  const hidden = Object.entries(entry.changes ?? {}).filter(
    ([field, change]) =>
      confidential.includes(field) &&
      [change.before, change.after].some((v) => v !== null && v !== CONFIDENTIAL_VALUE),
  );
  if (hidden.length === 0) return entry;
  const changes = { ...entry.changes };
  for (const [field, change] of hidden)
    changes[field] = { before: hide(change.before), after: hide(change.after) };
  return { ...entry, changes };
}
