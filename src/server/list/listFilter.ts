import {
  asStoredInstant,
  endOfCopenhagenDay,
  isDateOnly,
  startOfCopenhagenDay,
} from '../../domain/localTime';
import type { FilterClause, Scalar } from './protocol';

import { comparerFor } from './listSort';

/**
 * Every way a wanted value may be stored: 2 matches 2 and "2", "true" matches true. One
 * Set lookup per record, where comparing as text would make a string of every value.
 */
function equalsSet(wanted: readonly Scalar[]): Set<unknown> {
  const set = new Set<unknown>();
  for (const w of wanted) {
    set.add(w);
    if (w === null) continue;
    set.add(String(w));
    if (typeof w === 'string' && /^-?\d+(\.\d+)?$/.test(w)) set.add(Number(w));
    if (w === 'true' || w === 'false') set.add(w === 'true');
  }
  return set;
}

const matchesEq = (value: unknown, set: Set<unknown>): boolean =>
  Array.isArray(value) ? value.some((v) => matchesEq(v, set)) : set.has(value ?? null);

/**
 * Whether one value of the clause's field passes. An equality test also names the values
 * it passes, so a column without lists can be scanned by comparing, not by calling it.
 */
export type Test = ((value: unknown) => boolean) & { equals?: readonly unknown[] };

/** A clause made into a test once per request, not interpreted again for every record. */
export function compile(clause: FilterClause): Test {
  const { op } = clause;
  if (op === 'eq' || op === 'ne') {
    const set = equalsSet(clause.values);
    if (op === 'ne') return (v) => !matchesEq(v, set);
    const test: Test = (v) => matchesEq(v, set);
    // An absent field counts as null.
    test.equals = set.has(null) ? [...set, undefined] : [...set];
    return test;
  }
  const given = clause.values[0];
  const wanted = typeof given === 'string' ? asStoredInstant(given) : given;
  // A date-only bound on a date-time value means the whole Copenhagen day.
  const instant =
    typeof wanted === 'string' && isDateOnly(wanted)
      ? op === 'gte'
        ? startOfCopenhagenDay(wanted)
        : endOfCopenhagenDay(wanted)
      : undefined;
  const cmp = comparerFor(wanted);
  return (value) => {
    if (value === null || value === undefined) return false;
    const bound = instant && typeof value === 'string' && value.length > 10 ? instant : wanted;
    const c = cmp(value, bound);
    return op === 'gte' ? c >= 0 : c <= 0;
  };
}
