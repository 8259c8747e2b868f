import type { Key, Row } from './types';

/** Dates, times and codes: ordered by their characters, which is fast; other text needs Danish collation. */
const PLAIN = /^[0-9][0-9:.TZ+-]*$/;
const isPlain = (value: unknown) => typeof value !== 'string' || PLAIN.test(value);

/** One field of every record, in the records' order, and whether all of it orders by characters. */
export interface Column {
  readonly values: readonly unknown[];
  readonly plain: boolean;
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
}

class MutableColumn implements Column {
  plain: boolean;
  constructor(readonly values: unknown[]) {
    this.plain = values.every(isPlain);
  }
  set(at: number, value: unknown): void {
    this.values[at] = value;
    if (this.plain && !isPlain(value)) this.plain = false;
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
  };
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

  put(record: Row): void {
    this.own();
    const existing = this.positions.get(record.id);
    const at = existing ?? this.list.length;
    if (existing === undefined) this.positions.set(record.id, at);
    this.list[at] = record;
    for (const [field, column] of this.columns) column.set(at, record[field]);
  }

  delete(id: Key): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.own();
    this.list.splice(at, 1);
    for (const column of this.columns.values()) column.values.splice(at, 1);
    this.positions.delete(id);
    for (let i = at; i < this.list.length; i++) this.positions.set(this.list[i]!.id, i);
  }

  replace(records: readonly Row[]): void {
    this.list = [];
    this.handedOut = false;
    this.positions.clear();
    this.columns.clear();
    for (const record of records) this.put(record);
  }

  private own(): void {
    if (!this.handedOut) return;
    this.list = this.list.slice();
    this.handedOut = false;
  }
}
