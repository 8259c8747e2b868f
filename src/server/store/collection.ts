import { storedInstantMs } from '../../domain/localTime';
import type { Key, Row } from './row';

/** Dates, times and codes: ordered by their characters, which is fast; other text needs Danish collation. */
const PLAIN = /^[0-9][0-9:.TZ+-]*$/;
const isPlain = (value: unknown) => typeof value !== 'string' || PLAIN.test(value);

/** One field of every record, in the records' order, and whether all of it orders by characters. */
export interface Column {
  readonly values: readonly unknown[];
  readonly plain: boolean;
  /** Whether some value is a list (matched by any of its items). */
  readonly lists: boolean;
  /**
   * When every value is an instant as the server stores them (or empty), each as its
   * milliseconds (NaN when empty): in the same order as the characters, and compared far
   * faster, which sorting a page of 100,000 records by date does thousands of times.
   */
  instants(): readonly number[] | null;
}

/**
 * A collection's records in order, and the column of one field: what a list query scans.
 * `row` and `size` are for reading within one synchronous step; `rows` may be kept.
 */
export interface Table {
  readonly rows: readonly Row[];
  readonly size: number;
  row(at: number): Row;
  column(field: string): Column;
  /** The records whose `field` is `value`, in the collection's order. */
  where(field: string, value: unknown): Row[];
}

/** An instant in the stored form as milliseconds, NaN when empty, undefined for anything else. */
const instantKey = (value: unknown): number | undefined => (value == null ? NaN : storedInstantMs(value));

class MutableColumn implements Column {
  plain: boolean;
  lists: boolean;
  /** Made on first use; null once a value is not an instant. */
  private keys: number[] | null | undefined;
  constructor(readonly values: unknown[]) {
    this.plain = values.every(isPlain);
    this.lists = values.some(Array.isArray);
  }
  instants(): readonly number[] | null {
    if (this.keys === undefined) {
      const keys: number[] = [];
      for (const value of this.values) {
        const key = instantKey(value);
        if (key === undefined) return (this.keys = null);
        keys.push(key);
      }
      this.keys = keys;
    }
    return this.keys;
  }
  set(at: number, value: unknown): void {
    this.values[at] = value;
    if (this.plain && !isPlain(value)) this.plain = false;
    if (Array.isArray(value)) this.lists = true;
    if (this.keys) {
      const key = instantKey(value);
      if (key === undefined) this.keys = null;
      else this.keys[at] = key;
    }
  }
  remove(at: number): void {
    this.values.splice(at, 1);
    this.keys?.splice(at, 1);
  }
}

/** A table over any array (users, the audit log, records with their derived fields): columns made on demand. */
export function tableOf(rows: readonly Row[]): Table {
  const columns = new Map<string, Column>();
  return {
    rows,
    size: rows.length,
    row: (at) => rows[at]!,
    column(field) {
      let column = columns.get(field);
      if (!column) columns.set(field, (column = new MutableColumn(rows.map((r) => r[field]))));
      return column;
    },
    where: (field, value) => rows.filter((r) => r[field] === value),
  };
}

/** The ids of the records holding each value of one field: a lookup instead of a scan. */
class FieldIndex {
  private readonly ids = new Map<unknown, Set<Key>>();
  constructor(private readonly field: string) {}
  add(record: Row): void {
    const value = record[this.field];
    let ids = this.ids.get(value);
    if (!ids) this.ids.set(value, (ids = new Set()));
    ids.add(record.id);
  }
  remove(record: Row): void {
    const value = record[this.field];
    const ids = this.ids.get(value);
    if (!ids) return;
    ids.delete(record.id);
    if (ids.size === 0) this.ids.delete(value);
  }
  idsOf(value: unknown): ReadonlySet<Key> {
    return this.ids.get(value) ?? new Set();
  }
}

/**
 * One collection in memory: records in json-server's order, found by id, with the
 * columns that list queries have asked for kept up to date on every write — scanning
 * one field of 100,000 records in an array is many times faster than visiting each record.
 * The array handed to readers is never changed under them: a write after a read copies it.
 * Columns are read only within one synchronous list query, so they are changed in place.
 */
export class Collection implements Table {
  private list: Row[] = [];
  private readonly positions = new Map<Key, number>();
  private readonly columns = new Map<string, MutableColumn>();
  private readonly indexes = new Map<string, FieldIndex>();
  private handedOut = false;

  get rows(): readonly Row[] {
    this.handedOut = true;
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  row(at: number): Row {
    return this.list[at]!;
  }

  get(id: Key): Row | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.list[at];
  }

  column(field: string): Column {
    let column = this.columns.get(field);
    if (!column) this.columns.set(field, (column = new MutableColumn(this.list.map((r) => r[field]))));
    return column;
  }

  /**
   * Made on first use and kept up to date on every write, like the columns: the outbox
   * reads an incident's mails on every incident write, among all the mails ever queued.
   */
  where(field: string, value: unknown): Row[] {
    let index = this.indexes.get(field);
    if (!index) {
      index = new FieldIndex(field);
      for (const record of this.list) index.add(record);
      this.indexes.set(field, index);
    }
    return [...index.idsOf(value)]
      .map((id) => this.positions.get(id)!)
      .sort((a, b) => a - b)
      .map((at) => this.list[at]!);
  }

  put(record: Row): void {
    this.own();
    const existing = this.positions.get(record.id);
    const at = existing ?? this.list.length;
    if (existing === undefined) this.positions.set(record.id, at);
    else for (const index of this.indexes.values()) index.remove(this.list[at]!);
    this.list[at] = record;
    for (const [field, column] of this.columns) column.set(at, record[field]);
    for (const index of this.indexes.values()) index.add(record);
  }

  delete(id: Key): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.own();
    for (const index of this.indexes.values()) index.remove(this.list[at]!);
    this.list.splice(at, 1);
    for (const column of this.columns.values()) column.remove(at);
    this.positions.delete(id);
    for (let i = at; i < this.list.length; i++) this.positions.set(this.list[i]!.id, i);
  }

  replace(records: readonly Row[]): void {
    this.list = [];
    this.handedOut = false;
    this.positions.clear();
    this.columns.clear();
    this.indexes.clear();
    for (const record of records) this.put(record);
  }

  private own(): void {
    if (!this.handedOut) return;
    this.list = this.list.slice();
    this.handedOut = false;
  }
}
