import fs from 'node:fs';
import path from 'node:path';
import { RESOURCE_NAMES } from '../../../domain/resourceNames';
import type { StoredRecord } from '../../../domain/resources';
import { AUTH_COLLECTIONS, type AuthCollection, type Key, type Op, type Row } from '../types';
import { versioned } from '../versioned';
import { lastAuditId } from './auditFile';
import { applyAuthOp, authSnapshotJson, readAuthSnapshot, type AuthSnapshot } from './authFile';
import { purgeDueAfter, type PurgeDue } from '../purge';
import { backupStore } from './backups';
import { crashPoint } from '../crashPoint';
import { ChunkWriter, FILE_MODE, syncDir, writeAtomically, writeJsonAtomically } from './durable';
import { journalLines } from './journal';
import { redactBackups } from './redactBackups';
import {
  closeCollection,
  openCollection,
  readDataHeader,
  readDataSnapshot,
  writeDataEnd,
  writeDataHeader,
  writeRecord,
  writeRecordLine,
  type DataHeader,
} from './snapshotFormat';

export interface SnapshotJob {
  dataDir: string;
  /** Closed journal parts, oldest first: everything up to the last of them goes in. */
  segments: string[];
  /** Also copy the new db.json to backups/, with this reason in its name. */
  backup?: string;
  now: string;
}

export interface SnapshotDone {
  /** The last journal line the snapshot holds. */
  seq: number;
  /** The erasure line up to which the purge is done: its journal parts may go. */
  purged?: number;
}

const isAuth = (coll: string): coll is AuthCollection =>
  (AUTH_COLLECTIONS as readonly string[]).includes(coll);

/** The data part of the journal since the last snapshot: the latest value per record, or a whole restore. */
class DataChanges {
  base?: Partial<Record<string, StoredRecord[]>>;
  readonly latest = new Map<string, Map<Key, Row | null>>();
  readonly lastIds: Record<string, number> = {};

  apply(op: Op): void {
    if (op.op === 'replaceData') {
      this.base = op.data;
      this.latest.clear();
      for (const [name, records] of Object.entries(op.data))
        for (const r of records ?? []) this.noteId(name, r.id);
      for (const [name, id] of Object.entries(op.lastIds)) this.noteId(name, id ?? 0);
      return;
    }
    let records = this.latest.get(op.coll);
    if (!records) this.latest.set(op.coll, (records = new Map()));
    if (op.op === 'put') {
      records.set(op.record.id, op.record);
      if (typeof op.record.id === 'number') this.noteId(op.coll, op.record.id);
    } else records.set(op.id, null);
  }

  private noteId(coll: string, id: number): void {
    this.lastIds[coll] = Math.max(this.lastIds[coll] ?? 0, id);
  }
}

function applyAuth(auth: AuthSnapshot, op: Op): void {
  if (op.op === 'replaceData' || !isAuth(op.coll)) return;
  if (op.op === 'put') applyAuthOp(auth, op.coll, op.record.id, op.record);
  else applyAuthOp(auth, op.coll, op.id, null);
}

/** Writes one collection's records as they come, changed, left out or added as the journal says. */
class CollectionWriter {
  private first = true;
  private readonly seen = new Set<Key>();
  constructor(
    private readonly out: ChunkWriter,
    private readonly latest: Map<Key, Row | null>,
  ) {}
  record(record: Row): void {
    this.seen.add(record.id);
    const now = this.latest.has(record.id) ? this.latest.get(record.id) : versioned(record);
    if (now) this.write(now);
  }
  /**
   * A record of a snapshot that versioned them all, as its text: most records are unchanged,
   * and copying their lines spares parsing and writing again the whole store in the worker.
   */
  recordText(json: string): void {
    const id = LEADING_ID.exec(json);
    if (!id || this.latest.has(Number(id[1]))) return this.record(JSON.parse(json) as Row);
    this.seen.add(Number(id[1]));
    writeRecordLine(this.out, json, this.first);
    this.first = false;
  }
  finish(): void {
    for (const [id, record] of this.latest) if (record && !this.seen.has(id)) this.write(record);
  }
  private write(record: Row): void {
    // The id first (records from older versions had it last), so the next snapshot may copy the line.
    writeRecord(
      this.out,
      Object.keys(record)[0] === 'id' ? record : Object.assign({ id: record.id }, record),
      this.first,
    );
    this.first = false;
  }
}

/** A record's numeric id when it is its first field, as the server writes records. */
const LEADING_ID = /^\{"id":(\d{1,15})[,}]/;

/** Reads the old db.json (whose header is `old`) as a stream and writes the new one with the journal's changes in it. */
async function rewriteData(
  file: string,
  old: DataHeader,
  changes: DataChanges,
  { seq, purge }: Pick<DataHeader, 'seq' | 'purge'>,
): Promise<void> {
  const lastIds = { ...old.lastIds };
  for (const [name, id] of Object.entries(changes.lastIds)) lastIds[name] = Math.max(lastIds[name] ?? 0, id);
  await writeAtomically(file, async (out) => {
    writeDataHeader(out, { seq, purge, lastIds, versioned: true });
    const written = new Set<string>();
    const begin = (name: string) => {
      written.add(name);
      openCollection(out, name);
      return new CollectionWriter(out, changes.latest.get(name) ?? new Map());
    };
    const end = (writer: CollectionWriter) => {
      writer.finish();
      closeCollection(out);
    };
    if (changes.base) {
      for (const name of RESOURCE_NAMES) {
        const writer = begin(name);
        for (const record of changes.base[name] ?? []) writer.record(record);
        end(writer);
      }
    } else {
      let writer: CollectionWriter | undefined;
      await readDataSnapshot(file, {
        header: () => undefined,
        start: (name) => (writer = begin(name)),
        record: (_name, record) => writer!.record(record),
        line: old.versioned ? (_name, json) => writer!.recordText(json) : undefined,
        end: () => end(writer!),
      });
    }
    // A resource new since the last snapshot has no collection in the old file yet.
    for (const name of RESOURCE_NAMES.filter((n) => !written.has(n))) end(begin(name));
    writeDataEnd(out);
  });
}

/**
 * Takes the closed journal parts into db.json, users.json and audit.jsonl, each written
 * whole or not at all. Each file knows the last journal line it holds, so a crash between
 * them loses nothing: the next start replays from each file's own line.
 */
export async function writeSnapshot(job: SnapshotJob): Promise<SnapshotDone> {
  const dbFile = path.join(job.dataDir, 'db.json');
  const authFile = path.join(job.dataDir, 'users.json');
  const auditFile = path.join(job.dataDir, 'audit.jsonl');
  const header = await readDataHeader(dbFile);
  const dataSeq = header.seq;
  let purge: PurgeDue | null = header.purge ?? null;
  const auth = readAuthSnapshot(authFile);
  const auditFrom = lastAuditId(auditFile);

  const changes = new DataChanges();
  let seq = Math.max(dataSeq, auth.seq);
  // Audit entries go to audit.jsonl as they are read, not gathered first: a failure half-way leaves
  // whole lines that the next snapshot skips (it appends only after the file's last id).
  const auditFd = fs.openSync(auditFile, 'a', FILE_MODE);
  try {
    const out = new ChunkWriter(auditFd);
    for (const segment of job.segments) {
      for await (const line of journalLines(segment)) {
        seq = Math.max(seq, line.seq);
        if (line.seq > dataSeq) purge = purgeDueAfter(purge, line);
        for (const op of line.ops) {
          if (line.seq > dataSeq && (op.op === 'replaceData' || !isAuth(op.coll))) changes.apply(op);
          if (line.seq > auth.seq) applyAuth(auth, op);
        }
        for (const entry of line.audit) if (entry.id > auditFrom) out.write(`${JSON.stringify(entry)}\n`);
      }
    }
    out.flush();
    fs.fsyncSync(auditFd);
  } finally {
    fs.closeSync(auditFd);
  }
  await writeJsonAtomically(authFile, authSnapshotJson({ ...auth, seq }));
  await rewriteData(dbFile, header, changes, { seq, purge });
  // The purge's own part: the journal parts go once this returns, the backups here.
  const due = purge as PurgeDue | null;
  if (due) {
    crashPoint('purge-snapshot-written');
    await redactBackups(job.dataDir, due.items);
  }
  if (job.backup) backupStore(job.dataDir, job.backup, new Date(job.now));
  syncDir(job.dataDir);
  return { seq, purged: due?.seq };
}
