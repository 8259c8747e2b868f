import type { StoredRecord } from '../../domain/resources';
import { compile, type Test } from './listFilter';
import { FirstInOrder, firstInOrder } from './listSort';
import type { ListQuery } from './protocol';
import { tableOf, type Column, type Table } from '../store/collection';

/** The text of a value and what it nests (a plan's interventions, its situation), a few levels deep. */
function collect(value: unknown, parts: string[], depth: number): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') parts.push(String(value));
  else if (depth < 3) for (const inner of Object.values(value)) collect(inner, parts, depth + 1);
}

// A stored record is never changed, only replaced, so its text is made once per set of hidden fields.
const searchTexts = new WeakMap<StoredRecord, Map<string, string>>();

function searchText(record: StoredRecord, hidden: ReadonlySet<string>): string {
  const key = [...hidden].join(',');
  let texts = searchTexts.get(record);
  if (!texts) searchTexts.set(record, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) {
    const parts: string[] = [];
    for (const [field, value] of Object.entries(record)) if (!hidden.has(field)) collect(value, parts, 0);
    text = parts.join(' ').toLocaleLowerCase('da');
    texts.set(key, text);
  }
  return text;
}

export interface ListOptions {
  /**
   * Only these records exist for the user: their own programmes'. Applied before anything
   * else: a record passes when `field` holds one of `values`, or when `test` says so.
   */
  scope?: { field: string; values: ReadonlySet<unknown> } | { test: (record: StoredRecord) => boolean };
  /** Neither searched nor matched: a board user's search must not reveal confidential text. */
  hidden: ReadonlySet<string>;
  /** Fields that exist only on read, and how a record gets them. */
  derived?: ReadonlySet<string>;
  view?: (record: StoredRecord) => StoredRecord;
}

function everyIndex(n: number): number[] {
  const all = new Array<number>(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

/** A test of one column's value, made so the scan calls one small function per record and field. */
interface ColumnTest {
  values: readonly unknown[];
  pass: (value: unknown) => boolean;
}

function columnTest(column: Column, test: Test): ColumnTest {
  const equals = !column.lists ? test.equals : undefined;
  if (equals?.length === 1) {
    const [a] = equals;
    return { values: column.values, pass: (v) => v === a };
  }
  if (equals?.length === 2) {
    const [a, b] = equals;
    return { values: column.values, pass: (v) => v === a || v === b };
  }
  return { values: column.values, pass: test };
}

/**
 * The common list — stored fields only, no search — in one pass over the columns, counting
 * and keeping the page as it goes: no array of every record's index is made, so a list of
 * 100,000 records costs a couple of milliseconds and little garbage, and writes waiting
 * behind it wait less. Undefined when the query needs the general way.
 */
function scanInOnePass(
  table: Table,
  query: ListQuery,
  options: ListOptions,
): { total: number; page: StoredRecord[]; start: number } | undefined {
  const derived = options.view ? options.derived : undefined;
  if (query.search.length > 0) return undefined;
  if (
    derived &&
    (query.filters.some((c) => derived.has(c.field)) || (query.sort && derived.has(query.sort.field)))
  )
    return undefined;
  if (options.scope && 'test' in options.scope) return undefined;
  const tests: ColumnTest[] = [];
  const scope = options.scope;
  if (scope) tests.push({ values: table.column(scope.field).values, pass: (v) => scope.values.has(v) });
  // Equality first: it usually turns away the most records for the rest to look at.
  for (const clause of [...query.filters].sort((a, b) => Number(a.op !== 'eq') - Number(b.op !== 'eq')))
    tests.push(columnTest(table.column(clause.field), compile(clause)));
  const start = query.range?.start ?? 0;
  const end = query.range ? query.range.end + 1 : Infinity;
  const first =
    query.sort &&
    new FirstInOrder(
      table.column(query.sort.field),
      table.column('id'),
      query.sort.order === 'DESC',
      Math.min(end, table.size),
    );
  const backwards = query.sort?.order === 'DESC';
  const n = table.size;
  const unsorted: number[] = [];
  let total = 0;
  // The first two tests held in locals: most lists have at most two (programme and one filter).
  const never: ColumnTest = { values: [], pass: () => true };
  const [a = never, b = never, ...rest] = tests;
  const { values: va, pass: pa } = a;
  const { values: vb, pass: pb } = b;
  outer: for (let k = 0; k < n; k++) {
    // Newest first over records kept oldest first: from the end, the page fills at once.
    const i = backwards ? n - 1 - k : k;
    if (!pa(va[i]) || !pb(vb[i])) continue;
    for (let t = 0; t < rest.length; t++) if (!rest[t]!.pass(rest[t]!.values[i])) continue outer;
    total++;
    if (first) first.offer(i);
    else if (total > start && total <= end) unsorted.push(i);
  }
  const positions = first ? first.result.slice(start) : unsorted;
  return { total, page: positions.map((i) => table.row(i) as StoredRecord), start };
}

/** The indices (all when null) whose value in `column` passes every test. */
function keep(indices: number[] | null, column: Column, test: Test): number[] {
  const values = column.values;
  if (indices) return indices.filter((i) => test(values[i]));
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (test(values[i])) kept.push(i);
  return kept;
}

/**
 * Filters, searches, sorts and pages one collection, a column at a time. Stored fields
 * are filtered first; only the records left get their derived fields (overdue, ends
 * soon) when the query needs them, and only the page is sorted out of the rest.
 */
export function runListQuery(
  source: Table,
  query: ListQuery,
  options: ListOptions,
): { total: number; page: StoredRecord[]; start: number } {
  const isDerived = (field: string) => options.derived?.has(field) === true && options.view !== undefined;
  let table = source;
  let indices: number[] | null = null;
  const fused = scanInOnePass(source, query, options);
  if (fused) return fused;
  const scope = options.scope;
  if (scope && 'test' in scope)
    indices = everyIndex(table.size).filter((i) => scope.test(table.row(i) as StoredRecord));
  else if (scope) indices = keep(null, table.column(scope.field), (v) => scope.values.has(v));
  // Equality first: it usually leaves the fewest records for the rest to look at.
  const stored = query.filters.filter((c) => !isDerived(c.field));
  for (const clause of [...stored].sort((a, b) => Number(a.op !== 'eq') - Number(b.op !== 'eq')))
    indices = keep(indices, table.column(clause.field), compile(clause));
  if (query.search.length > 0) {
    indices = (indices ?? everyIndex(table.size)).filter((i) => {
      const text = searchText(table.row(i) as StoredRecord, options.hidden);
      return query.search.every((word) => text.includes(word));
    });
  }
  const derived = query.filters.filter((c) => isDerived(c.field));
  if (derived.length > 0 || (query.sort && isDerived(query.sort.field))) {
    const from = table;
    table = tableOf(
      (indices ?? everyIndex(from.size)).map((i) => options.view!(from.row(i) as StoredRecord)),
    );
    indices = null;
    for (const clause of derived) indices = keep(indices, table.column(clause.field), compile(clause));
  }
  const matching = indices ?? everyIndex(table.size);
  const start = query.range?.start ?? 0;
  const end = query.range ? query.range.end + 1 : matching.length;
  const ordered = query.sort
    ? firstInOrder(
        matching,
        table.column(query.sort.field),
        table.column('id'),
        query.sort.order === 'DESC',
        end,
      )
    : matching;
  return {
    total: matching.length,
    page: ordered.slice(start, end).map((i) => table.row(i) as StoredRecord),
    start,
  };
}
