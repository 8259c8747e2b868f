const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
import type { Column } from './store/collection';

/** Dates, times and codes: compared by their characters, which is their order, and fast. */
const PLAIN = /^[0-9][0-9:.TZ+-]*$/;

/** Values of one field compared as a Danish reader sorts them: æ, ø, å last, 2 before 10. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

const plainCompare = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : compare(a, b);

/** How values compare with a bound: by characters when the bound is a date or a time, as its values are. */
export const comparerFor = (bound: unknown) =>
  typeof bound === 'string' && PLAIN.test(bound) ? plainCompare : compare;

/**
 * The first `count` of `indices` in the order of `values` (null and absent last in both
 * directions, as a reader expects; the id breaks ties). A page is a few rows of many:
 * they are picked in one pass into a small sorted buffer instead of sorting every row.
 */
export function firstInOrder(
  indices: readonly number[],
  column: Column,
  ids: Column,
  descending: boolean,
  count: number,
): number[] {
  const sign = descending ? -1 : 1;
  const values = column.values;
  const cmp = column.plain ? plainCompare : compare;
  const order = (i: number, j: number) => {
    const x = values[i];
    const y = values[j];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    return sign * cmp(x, y) || (ids.values[i] as number) - (ids.values[j] as number);
  };
  if (count * 8 >= indices.length) return [...indices].sort(order).slice(0, count);
  const best: number[] = [];
  for (const i of indices) {
    if (best.length === count && order(i, best[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(best[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > count) best.pop();
  }
  return best;
}
