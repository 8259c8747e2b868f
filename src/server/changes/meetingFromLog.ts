import { RESOURCES, VERSION, type StoredRecord } from '../../domain/resources';
import { diff } from '../audit';
import { auditBy, recordOf } from '../store/records';
import type { Actor, AuditDraft, Op, ReadState } from '../store/types';

/**
 * A log entry marked "Dette var beredskabsmødet" sets its incident's meetingHeldAt to the
 * entry's time, in the same commit, audited as an update of the incident. The deadline's
 * status follows from it.
 */
export function meetingFromLog(
  state: ReadState,
  entry: StoredRecord,
  actor: Actor,
): { ops: Op[]; audit: AuditDraft[] } {
  if (entry.isMeeting !== true) return { ops: [], audit: [] };
  const incident = recordOf(state, 'incidents', entry.incidentId as number);
  if (!incident || incident.meetingHeldAt === entry.at) return { ops: [], audit: [] };
  const record = { ...incident, meetingHeldAt: entry.at, [VERSION]: (incident[VERSION] as number) + 1 };
  return {
    ops: [{ op: 'put', coll: 'incidents', record }],
    audit: [
      auditBy(actor, {
        action: 'update',
        resource: 'incidents',
        recordId: incident.id,
        changes: diff(incident, record, RESOURCES.incidents.confidential),
      }),
    ],
  };
}
