import { endOfCopenhagenDay, isDateOnly, startOfCopenhagenDay } from '../domain/localTime';
import type { StoredRecord } from '../domain/resources';
import type { FilterClause, ListQuery, Scalar } from './protocol';

const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });

/** Null and absent values sort last in both directions, as a reader expects. */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

function matchesEq(value: unknown, wanted: readonly Scalar[]): boolean {
  if (Array.isArray(value)) return value.some((v) => matchesEq(v, wanted));
  return wanted.some((w) => (w === null ? value == null : value != null && String(value) === String(w)));
}

interface Prepared extends FilterClause {
  /** For a date-only bound: the instant that starts (gte) or ends (lte) that Copenhagen day. */
  instant?: string;
}

function prepare(clause: FilterClause): Prepared {
  const wanted = clause.values[0];
  if (clause.op === 'eq' || clause.op === 'ne' || typeof wanted !== 'string' || !isDateOnly(wanted))
    return clause;
  return {
    ...clause,
    instant: clause.op === 'gte' ? startOfCopenhagenDay(wanted) : endOfCopenhagenDay(wanted),
  };
}

function matches(record: StoredRecord, clause: Prepared): boolean {
  const value = record[clause.field];
  switch (clause.op) {
    case 'eq':
      return matchesEq(value, clause.values);
    case 'ne':
      return !matchesEq(value, clause.values);
    default: {
      if (value === null || value === undefined) return false;
      // A date-only bound on a date-time value means the whole Copenhagen day.
      const bound =
        clause.instant && typeof value === 'string' && value.length > 10 ? clause.instant : clause.values[0];
      const c = compare(value, bound);
      return clause.op === 'gte' ? c >= 0 : c <= 0;
    }
  }
}

/** The text of a value and what it nests (a plan's interventions, its situation), a few levels deep. */
function collect(value: unknown, parts: string[], depth: number): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') parts.push(String(value));
  else if (depth < 3) for (const inner of Object.values(value)) collect(inner, parts, depth + 1);
}

function searchText(record: StoredRecord, hidden: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) if (!hidden.has(key)) collect(value, parts, 0);
  return parts.join(' ').toLocaleLowerCase('da');
}

/**
 * Filters, searches, sorts and pages one collection. `hidden` fields are neither
 * searched nor matched: a board user's search must not reveal confidential text.
 */
export function runListQuery(
  records: readonly StoredRecord[],
  query: ListQuery,
  hidden: ReadonlySet<string>,
): { total: number; page: StoredRecord[]; start: number } {
  const clauses = query.filters.map(prepare);
  let rows = records.filter((r) => clauses.every((clause) => matches(r, clause)));
  if (query.search.length > 0)
    rows = rows.filter((r) => {
      const text = searchText(r, hidden);
      return query.search.every((word) => text.includes(word));
    });
  if (query.sort) {
    const { field, order } = query.sort;
    const sign = order === 'ASC' ? 1 : -1;
    rows = [...rows].sort((a, b) => {
      const x = a[field];
      const y = b[field];
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      return sign * compare(x, y) || a.id - b.id;
    });
  }
  const start = query.range?.start ?? 0;
  const end = query.range ? query.range.end + 1 : rows.length;
  return { total: rows.length, page: rows.slice(start, end), start };
}
