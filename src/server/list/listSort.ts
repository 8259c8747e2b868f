const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
import type { Column } from '../store/collection';

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
 * The first `count` of the indices offered, in the order of `column` (null and absent last
 * in both directions, as a reader expects; the id breaks every tie, so the page does not
 * depend on the order they are offered in). A page is a few rows of many: they are kept in
 * a small sorted buffer, and most rows are turned away by one comparison with its last.
 */
export class FirstInOrder {
  private readonly best: number[] = [];
  private readonly values: readonly unknown[];
  private readonly order: (i: number, j: number) => number;
  /** The value of the buffer's last row, once the buffer is full. */
  private worst: unknown;
  /** Text ordered by its characters (dates, times), not by Danish collation. */
  private readonly plain: boolean;

  constructor(
    column: Column,
    ids: Column,
    private readonly descending: boolean,
    private readonly count: number,
  ) {
    const sign = descending ? -1 : 1;
    this.plain = column.plain;
    const instants = column.instants();
    const values = (this.values = instants ?? column.values);
    const cmp = column.plain ? plainCompare : compare;
    const byId = (i: number, j: number) => (ids.values[i] as number) - (ids.values[j] as number);
    // Instants as numbers: NaN is empty, last like null.
    this.order = instants
      ? (i, j) => {
          const x = instants[i]!;
          const y = instants[j]!;
          if (x !== x || y !== y) return x !== x ? (y !== y ? byId(i, j) : 1) : -1;
          return sign * (x - y) || byId(i, j);
        }
      : (i, j) => {
          const x = values[i];
          const y = values[j];
          if (x == null || y == null) return x == null ? (y == null ? byId(i, j) : 1) : -1;
          return sign * cmp(x, y) || byId(i, j);
        };
  }

  offer(i: number): void {
    const { best, count } = this;
    if (best.length === count) {
      if (count === 0) return;
      const x = this.values[i];
      const worst = this.worst;
      // Strictly behind the last (instants as numbers, dates and times by characters): no call needed.
      if (
        ((typeof x === 'number' && typeof worst === 'number') ||
          (this.plain && typeof x === 'string' && typeof worst === 'string')) &&
        (this.descending ? x < worst : x > worst)
      )
        return;
      if (this.order(i, best[count - 1]!) >= 0) return;
    }
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order(best[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > count) best.pop();
    if (best.length === count) this.worst = this.values[best[count - 1]!];
  }

  get result(): number[] {
    return this.best;
  }
}

export function firstInOrder(
  indices: readonly number[],
  column: Column,
  ids: Column,
  descending: boolean,
  count: number,
): number[] {
  const first = new FirstInOrder(column, ids, descending, count);
  // Newest first over records kept oldest first: from the end, most rows are turned away at once.
  if (descending) for (let k = indices.length - 1; k >= 0; k--) first.offer(indices[k]!);
  else for (const i of indices) first.offer(i);
  return first.result;
}
