import type { AuditEntry } from '../audit';
import type { State } from './state';
import type { Change, JournalLine } from './types';

/**
 * A change decided against the state as it is now: the journal line that stores it
 * (none when nothing changes and nothing is audited), its audit entries numbered on from
 * the last, and the answer. The same for every engine; only how the line is stored differs.
 */
export function prepareLine<R>(
  state: State,
  change: Change<R>,
  now: Date,
): { line: JournalLine | null; result: R; audit: AuditEntry[] } {
  const decision = change.decide(state, now);
  if (decision.ops.length === 0 && decision.audit.length === 0 && !decision.purge)
    return { line: null, result: decision.result, audit: [] };
  const first = state.lastAuditId + 1;
  const audit: AuditEntry[] = decision.audit.map((draft, i) => ({
    id: first + i,
    at: now.toISOString(),
    ...draft,
  }));
  const line: JournalLine = { seq: state.seq + 1, ops: decision.ops, audit };
  if (decision.purge) line.purge = decision.purge;
  return { line, result: decision.result, audit };
}
