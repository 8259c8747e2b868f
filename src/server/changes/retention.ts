import { VERSION, type StoredRecord } from '../../domain/resources';
import { countsOf, dueNow, erased, type Counts } from '../../domain/retention';
import { mayBy } from '../access/programmeAccess';
import { recordOf } from '../store/records';
import type { AuditDraft, Change, Op } from '../store/types';
import { auditBy, type Actor } from '../access/actor';

/**
 * Erases the confidential fields of everything the programmes' retention rules say is
 * due now in the programmes the actor administers (all, for the night's run), in one commit, decided on the state as it is at that moment. Each record gets a
 * new version, so a form opened before cannot put the notes back. The audit log says when,
 * by which rule and how many, per programme, and nothing of what was erased.
 */
export function eraseDue(actor: Actor): Change<Counts> {
  return {
    decide(state, now) {
      const items = dueNow(state.data, now).filter((i) => mayBy(actor, 'edit', 'retention', i.programmeId));
      const ops: Op[] = items.map(({ resource, id }) => {
        const record = recordOf(state, resource, id)!;
        const next = {
          ...erased(resource, record),
          [VERSION]: (record[VERSION] as number) + 1,
        } as StoredRecord;
        return { op: 'put', coll: resource, record: next };
      });
      const audit: AuditDraft[] = [...new Set(items.map((i) => i.programmeId))].map((programmeId) => {
        const counts = countsOf(items.filter((i) => i.programmeId === programmeId));
        const months = recordOf(state, 'programmes', programmeId)?.retentionMonths;
        return auditBy(actor, {
          action: 'erasure',
          resource: 'programmes',
          recordId: programmeId,
          changes: {
            retentionMonths: { before: null, after: months },
            ...Object.fromEntries(Object.entries(counts).map(([r, n]) => [r, { before: null, after: n }])),
          },
        });
      });
      // The purge of every earlier copy is due from this very line on, until recorded done.
      const purge =
        items.length > 0 ? { erased: items.map(({ resource, id }) => ({ resource, id })) } : undefined;
      return { ops, audit, result: countsOf(items), purge };
    },
  };
}
