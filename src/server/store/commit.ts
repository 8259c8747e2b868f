import { programmeOf } from '../../domain/access';
import { isResourceName, type StoredRecord } from '../../domain/resources';
import type { AuditEntry } from './audit';
import type { State } from './state';
import type { AuditDraft, Change, JournalLine, Op } from './types';

/**
 * The programme an audit entry concerns: that of the record it names, as this commit
 * writes it or, for a deletion, as it was. Entries about no record belong to none.
 */
function programmeOfEntry(state: State, ops: readonly Op[], draft: AuditDraft): number | null {
  if (draft.programmeId !== undefined) return draft.programmeId;
  const { resource, recordId } = draft;
  if (!resource || !isResourceName(resource) || recordId === null) return null;
  const find = (coll: typeof resource, id: number) => {
    const put = ops.find((o) => o.op === 'put' && o.coll === coll && o.record.id === id);
    return (put?.op === 'put' ? put.record : state.find(coll, id)) as StoredRecord | undefined;
  };
  const record = find(resource, recordId);
  return record ? (programmeOf(resource, record, find) ?? null) : null;
}

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
    programmeId: programmeOfEntry(state, decision.ops, draft),
  }));
  const line: JournalLine = { seq: state.seq + 1, ops: decision.ops, audit };
  if (decision.purge) line.purge = decision.purge;
  return { line, result: decision.result, audit };
}
