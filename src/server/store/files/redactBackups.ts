import fs from 'node:fs';
import path from 'node:path';
import type { StoredRecord } from '../../../domain/resources';
import { erased } from '../../../domain/retention';
import type { ErasedItem } from '../purge';
import { backupDir } from './backups';
import { crashPoint } from '../crashPoint';
import { writeAtomically } from './durable';
import {
  closeCollection,
  openCollection,
  readDataSnapshot,
  writeDataEnd,
  writeDataHeader,
  writeRecord,
} from './snapshotFormat';

/**
 * Every backup rewritten in place with the erased fields blank: the restore points taken
 * before an erasure stay, without what was erased. Each file is written whole or not at
 * all, so a crash in between leaves some redacted and the rest for the purge's next try.
 */
export async function redactBackups(dataDir: string, items: readonly ErasedItem[]): Promise<void> {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return;
  const due = new Map<string, Set<number>>();
  for (const { resource, id } of items) {
    if (!due.has(resource)) due.set(resource, new Set());
    due.get(resource)!.add(id);
  }
  const blank = (name: string, record: StoredRecord) =>
    due.get(name)?.has(record.id) ? erased(name as ErasedItem['resource'], record) : record;
  for (const name of fs.readdirSync(dir).filter((f) => /^db-.*\.json$/.test(f))) {
    const file = path.join(dir, name);
    await writeAtomically(file, async (out) => {
      let first = true;
      await readDataSnapshot(file, {
        header: (h) => writeDataHeader(out, { seq: h.seq, lastIds: h.lastIds }),
        start: (collection) => {
          openCollection(out, collection);
          first = true;
        },
        record: (collection, record) => {
          writeRecord(out, blank(collection, record), first);
          first = false;
        },
        end: () => closeCollection(out),
      });
      writeDataEnd(out);
    });
    crashPoint('purge-backup-redacted');
  }
}
