import fs from 'node:fs';
import path from 'node:path';
import { RESOURCE_NAMES, type StoredRecord } from '../../../domain/resources';
import { seedForToday } from '../demoSeed';
import { State } from '../state';
import { AUTH_COLLECTIONS, type JournalLine, type Op } from '../types';
import { versioned } from '../versioned';
import { readAuditFile } from './auditFile';
import { readAuthSnapshot } from './authFile';
import { writeAtomically } from './durable';
import { JOURNAL, journalSegments, readJournalFile } from './journal';
import {
  readDataSnapshot,
  writeCollection,
  writeDataEnd,
  writeDataHeader,
  type DataHeader,
} from './snapshotFormat';

const isAuthOp = (op: Op) =>
  op.op !== 'replaceData' && (AUTH_COLLECTIONS as readonly string[]).includes(op.coll);

export async function createFromSeed(file: string, seedFile: string | undefined, now: Date): Promise<void> {
  const raw = seedFile ? (JSON.parse(fs.readFileSync(seedFile, 'utf8')) as Record<string, unknown>) : {};
  const seed = seedForToday(raw, now) as Record<string, StoredRecord[] | undefined>;
  await writeAtomically(file, (out) => {
    writeDataHeader(out, { seq: 0, lastIds: {} });
    for (const name of RESOURCE_NAMES) writeCollection(out, name, (seed[name] ?? []).map(versioned));
    writeDataEnd(out);
  });
}

/** db.json, users.json, audit.jsonl, then the journal lines none of them holds yet. */
export async function loadState(
  dataDir: string,
): Promise<{ state: State; journalBytes: number; torn: boolean }> {
  const state = new State();
  const collections = new Map<string, StoredRecord[]>();
  let header: DataHeader = { seq: 0, lastIds: {} };
  await readDataSnapshot(path.join(dataDir, 'db.json'), {
    header: (h) => (header = h),
    record: (name, record) => {
      let list = collections.get(name);
      if (!list) collections.set(name, (list = []));
      list.push(versioned(record));
    },
  });
  for (const name of RESOURCE_NAMES) state.load(name, collections.get(name) ?? [], header.lastIds[name] ?? 0);
  const auth = readAuthSnapshot(path.join(dataDir, 'users.json'));
  for (const coll of AUTH_COLLECTIONS) state.load(coll, auth.collections[coll], auth.lastIds[coll] ?? 0);
  state.audit.push(...readAuditFile(path.join(dataDir, 'audit.jsonl')));
  state.seq = Math.max(header.seq, auth.seq);
  state.purgeDue = header.purge ?? null;

  // Each file holds the journal up to its own line: a crash between two of them loses nothing.
  const replay = (line: JournalLine) =>
    state.apply({
      seq: Math.max(state.seq, line.seq),
      ops: line.ops.filter((op) => line.seq > (isAuthOp(op) ? auth.seq : header.seq)),
      audit: line.audit.filter((e) => e.id > state.lastAuditId),
      purge: line.seq > header.seq ? line.purge : undefined,
    });
  for (const segment of journalSegments(dataDir)) readJournalFile(segment).lines.forEach(replay);
  const active = readJournalFile(path.join(dataDir, JOURNAL));
  active.lines.forEach(replay);
  return { state, journalBytes: active.validBytes, torn: active.torn };
}
