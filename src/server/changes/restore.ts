import { RESOURCE_NAMES, type ResourceName, type StoredRecord } from '../../domain/resources';
import { versioned } from '../store/versioned';
import type { Change } from '../store/types';
import { auditBy, type Actor } from '../access/actor';

export type Backup = Partial<Record<ResourceName, StoredRecord[]>> & { _lastIds?: Record<string, number> };

/**
 * Puts a backup's records back in place of every resource collection, in one commit. Ids
 * issued since the backup stay issued, so no deleted record's id (and history) comes back.
 */
export function restoreBackup(backup: Backup, file: string, actor: Actor): Change<Record<string, number>> {
  return {
    decide() {
      const data = Object.fromEntries(
        RESOURCE_NAMES.map((name) => [name, (backup[name] ?? []).map(versioned)]),
      ) as unknown as Record<ResourceName, StoredRecord[]>;
      const counts = Object.fromEntries(RESOURCE_NAMES.map((n) => [n, data[n].length]));
      return {
        ops: [{ op: 'replaceData', data, lastIds: backup._lastIds ?? {} }],
        audit: [
          auditBy(actor, {
            action: 'restore',
            resource: null,
            recordId: null,
            changes: { file: { before: null, after: file } },
          }),
        ],
        result: counts,
      };
    },
  };
}
