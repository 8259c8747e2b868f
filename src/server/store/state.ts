import { RESOURCE_NAMES } from '../../domain/resources';
import type { Db } from '../../domain/statistics/period';
import type { AuditEntry } from './audit';
import { Collection, type Table } from './collection';
import { purgeDueAfter, type PurgeDue } from './purge';
import {
  AUTH_COLLECTIONS,
  type Collection as Name,
  type JournalLine,
  type Key,
  type ReadState,
  type Row,
} from './types';

const NAMES: readonly Name[] = [...RESOURCE_NAMES, ...AUTH_COLLECTIONS];

/**
 * Everything the server knows, in memory: every collection, the ids issued, the audit
 * log and the journal line it reflects. Changed only by `apply`, so the state is always
 * what the journal says.
 */
export class State implements ReadState {
  seq = 0;
  /** An erasure whose earlier copies are not yet recorded purged. */
  purgeDue: PurgeDue | null = null;
  readonly audit: AuditEntry[] = [];
  private readonly collections = new Map<Name, Collection>();
  private readonly lastIds = new Map<Name, number>();
  readonly data: Db;

  constructor() {
    for (const name of NAMES) this.collections.set(name, new Collection());
    const data: Db = {};
    for (const name of RESOURCE_NAMES)
      Object.defineProperty(data, name, { enumerable: true, get: () => this.all(name) });
    this.data = data;
  }

  all(coll: Name): readonly Row[] {
    return this.collection(coll).rows;
  }

  table(coll: Name): Table {
    return this.collection(coll);
  }

  find(coll: Name, id: Key): Row | undefined {
    return this.collection(coll).get(id);
  }

  issuedId(coll: Name): number {
    return this.lastIds.get(coll) ?? 0;
  }

  /** Loading a snapshot: records as they were stored, and the ids issued before them. */
  load(coll: Name, records: readonly Row[], lastId = 0): void {
    this.collection(coll).replace(records);
    for (const record of records) if (typeof record.id === 'number') this.noteId(coll, record.id);
    this.noteId(coll, lastId);
  }

  apply(line: JournalLine): void {
    for (const op of line.ops) {
      if (op.op === 'put') {
        this.collection(op.coll).put(op.record);
        if (typeof op.record.id === 'number') this.noteId(op.coll, op.record.id);
      } else if (op.op === 'delete') this.collection(op.coll).delete(op.id);
      else
        for (const name of RESOURCE_NAMES)
          this.load(
            name,
            (op.data[name] ?? []) as Row[],
            Math.max(this.issuedId(name), op.lastIds[name] ?? 0),
          );
    }
    this.audit.push(...line.audit);
    this.purgeDue = purgeDueAfter(this.purgeDue, line);
    this.seq = line.seq;
  }

  get lastAuditId(): number {
    return this.audit.at(-1)?.id ?? 0;
  }

  private collection(coll: Name): Collection {
    const collection = this.collections.get(coll);
    if (!collection) throw new Error(`unknown collection ${coll}`);
    return collection;
  }

  private noteId(coll: Name, id: number): void {
    if (id > this.issuedId(coll)) this.lastIds.set(coll, id);
  }
}
