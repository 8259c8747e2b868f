import type { StoredRecord } from '../../domain/resources';
import { recordOf } from '../store/records';
import type { AuditDraft, Op, ReadState } from '../store/types';
import { serverUpdate } from './serverUpdate';
import type { Actor } from '../access/actor';

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
  const { ops, audit } = serverUpdate('incidents', incident, { meetingHeldAt: entry.at }, actor);
  return { ops, audit };
}
