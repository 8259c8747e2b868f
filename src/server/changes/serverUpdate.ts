import { RESOURCES, VERSION, type ResourceName, type StoredRecord } from '../../domain/resources';
import { diff } from '../store/audit';
import type { AuditDraft, Op } from '../store/types';
import { auditBy, type Actor } from '../access/actor';

/**
 * A server-side change of some fields of a stored record (a meeting time from the log, a
 * ticked step): a new version, audited as an update by `actor`, for a change's decision.
 */
export function serverUpdate(
  resource: ResourceName,
  previous: StoredRecord,
  fields: Record<string, unknown>,
  actor: Actor,
): { ops: Op[]; audit: AuditDraft[]; record: StoredRecord } {
  const record = { ...previous, ...fields, [VERSION]: (previous[VERSION] as number) + 1 } as StoredRecord;
  return {
    ops: [{ op: 'put', coll: resource, record }],
    audit: [
      auditBy(actor, {
        action: 'update',
        resource,
        recordId: previous.id,
        changes: diff(previous, record, RESOURCES[resource].confidential),
      }),
    ],
    record,
  };
}
