import type { StoredRecord } from '../domain/resources';
import { compile, type Test } from './listFilter';
import { firstInOrder } from './listSort';
import type { ListQuery } from './protocol';
import { tableOf, type Column, type Table } from './store/collection';

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
  /** Only these records exist for the user: their own programmes'. Applied before anything else. */
  scope?: (record: StoredRecord) => boolean;
  /** Neither searched nor matched: a board user's search must not reveal confidential text. */
  hidden: ReadonlySet<string>;
  /** Fields that exist only on read, and how a record gets them. */
  derived?: ReadonlySet<string>;
  view?: (record: StoredRecord) => StoredRecord;
}

const everyIndex = (n: number) => Array.from({ length: n }, (_, i) => i);

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
  if (options.scope) {
    const inScope = options.scope;
    indices = everyIndex(table.size).filter((i) => inScope(table.row(i) as StoredRecord));
  }
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
