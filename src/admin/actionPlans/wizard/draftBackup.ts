import type { RaRecord } from 'react-admin';
import { unsavedBackup } from '../../providers/unsavedWork';
import { planSnapshot } from './planSnapshot';

/** What a tab keeps of a draft it could not send: the values, and what the server held then. */
interface Backup {
  values: RaRecord;
  /** The stored content when the page was left: the backup is stale when the server has changed since. */
  confirmed: string;
  /** What was on its way to the server. */
  sent: string;
}

const key = (id: RaRecord['id']) => `actionPlans.${id}`;

export function writeBackup(values: RaRecord, confirmed: RaRecord, sent: string) {
  if (planSnapshot(values) === planSnapshot(confirmed)) return;
  const backup: Backup = { values, confirmed: planSnapshot(confirmed), sent };
  unsavedBackup.write(key(values.id), backup);
}

export const removeBackup = (id: RaRecord['id']) => unsavedBackup.remove(key(id));

/**
 * What the form opens with: the stored draft, or the typing this tab kept when the page was
 * reloaded before it was saved. When the server still holds what the tab last saw, the typing
 * continues from the stored version; otherwise it keeps its old version, and the first save
 * meets the conflict dialog instead of overwriting someone else's work.
 */
export function openingValues(server: RaRecord): { values: RaRecord; restored: boolean } {
  const backup = unsavedBackup.read<Backup>(key(server.id));
  if (!backup || server.status !== 'draft') return { values: server, restored: false };
  const stored = planSnapshot(server);
  if (planSnapshot(backup.values) === stored) return { values: server, restored: false };
  const onTop = stored === backup.confirmed || stored === backup.sent;
  const version = onTop ? server.version : backup.values.version;
  return { values: { ...backup.values, version, history: server.history }, restored: true };
}
