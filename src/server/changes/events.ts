import type { AuditDraft, Change } from '../store/types';

/** Something worth the audit log that changes no data: an export, say. */
export function recordEvent(entry: AuditDraft): Change<void> {
  return { decide: () => ({ ops: [], audit: [entry], result: undefined }) };
}
