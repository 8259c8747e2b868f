import fs from 'node:fs';
import path from 'node:path';
import { RESOURCE_NAMES } from '../../../domain/resourceNames';
import type { State } from '../state';
import { authSnapshotJson, type AuthSnapshot } from './authFile';
import { AUTH_COLLECTIONS } from '../types';
import { FILE_MODE, writeAtomically, writeJsonAtomically } from './durable';
import { writeCollection, writeDataEnd, writeDataHeader } from './snapshotFormat';

export const STORE_FILES = ['db.json', 'users.json', 'audit.jsonl', 'journal.jsonl'];

/** A whole state as the embedded engine's files: what a snapshot would leave, with no journal. */
export async function writeStateFiles(dataDir: string, state: State): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  await writeAtomically(path.join(dataDir, 'db.json'), (out) => {
    const lastIds = Object.fromEntries(RESOURCE_NAMES.map((n) => [n, state.issuedId(n)]));
    writeDataHeader(out, { seq: 0, lastIds });
    for (const name of RESOURCE_NAMES) writeCollection(out, name, state.all(name));
    writeDataEnd(out);
  });
  await writeJsonAtomically(
    path.join(dataDir, 'users.json'),
    authSnapshotJson({
      seq: 0,
      lastIds: Object.fromEntries(AUTH_COLLECTIONS.map((c) => [c, state.issuedId(c)])),
      collections: Object.fromEntries(
        AUTH_COLLECTIONS.map((c) => [c, [...state.all(c)]]),
      ) as AuthSnapshot['collections'],
    }),
  );
  await writeAtomically(path.join(dataDir, 'audit.jsonl'), (out) => {
    for (const entry of state.audit) out.write(`${JSON.stringify(entry)}\n`);
  });
  fs.chmodSync(path.join(dataDir, 'audit.jsonl'), FILE_MODE);
}
