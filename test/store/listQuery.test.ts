import { describe, expect, it } from 'vitest';
import { runListQuery } from '../../src/server/list/listQuery';
import { compare } from '../../src/server/list/listSort';
import { Collection } from '../../src/server/store/collection';
import type { FilterClause, ListQuery } from '../../src/server/list/protocol';
import type { StoredRecord } from '../../src/domain/resources';
import { createRng } from '../../scripts/demo/prng';

/** What a list answers, the slow and obvious way: the yardstick for the one-pass scan. */
function reference(records: StoredRecord[], query: ListQuery, scope?: ReadonlySet<unknown>) {
  const passes = (c: FilterClause, v: unknown) => {
    const set = new Set<unknown>(
      c.values.flatMap((w) => [
        w,
        w === null ? null : String(w),
        ...(typeof w === 'string' && /^\d+$/.test(w) ? [Number(w)] : []),
      ]),
    );
    const eq = set.has(v ?? null);
    if (c.op === 'eq') return eq;
    if (c.op === 'ne') return !eq;
    if (v == null) return false;
    const cmp =
      typeof v === 'string'
        ? v < String(c.values[0])
          ? -1
          : v > String(c.values[0])
            ? 1
            : 0
        : compare(v, c.values[0]);
    return c.op === 'gte' ? cmp >= 0 : cmp <= 0;
  };
  let kept = records.filter(
    (r) => (!scope || scope.has(r.programmeId)) && query.filters.every((c) => passes(c, r[c.field])),
  );
  if (query.sort) {
    const { field, order } = query.sort;
    const sign = order === 'DESC' ? -1 : 1;
    kept = [...kept].sort((x, y) => {
      const [a, b] = [x[field], y[field]];
      if (a == null || b == null) return a == null ? (b == null ? x.id - y.id : 1) : -1;
      const c =
        typeof a === 'string' && /^\d/.test(a)
          ? a < (b as string)
            ? -1
            : a > (b as string)
              ? 1
              : 0
          : compare(a, b);
      return sign * c || x.id - y.id;
    });
  }
  const start = query.range?.start ?? 0;
  const end = query.range ? query.range.end + 1 : kept.length;
  return { total: kept.length, ids: kept.slice(start, end).map((r) => r.id) };
}

describe('a list in one pass', () => {
  it('answers what filtering, sorting and paging one step at a time answers', () => {
    const rng = createRng(1234);
    const instant = () =>
      rng.int(0, 9) === 0
        ? null
        : new Date(Date.UTC(2020, 0, 1) + rng.int(0, 2_000) * 3_600_000).toISOString();
    const table = new Collection();
    const records: StoredRecord[] = [];
    for (let id = 1; id <= 2_000; id++) {
      const record = {
        id,
        programmeId: rng.pick([1, 2, 3]),
        level: rng.pick(['green', 'yellow', 'red', null]),
        occurredAt: instant(),
        involvedCount: rng.int(0, 3) === 0 ? undefined : rng.int(1, 30),
        name: rng.pick(['Ærøvej', 'Åbakken', 'Østervang', 'Bakken', 'abe']),
        day: rng.pick(['2026-01-02', '2025-12-31', '2026-01-02', null]),
      } as StoredRecord;
      records.push(record);
      table.put(record);
    }
    // Some records changed and removed after the columns were made: they follow.
    runListQuery(
      table,
      {
        filters: [{ field: 'level', op: 'eq', values: ['red'] }],
        search: [],
        sort: { field: 'occurredAt', order: 'DESC' },
      },
      { hidden: new Set() },
    );
    for (let k = 0; k < 200; k++) {
      const at = rng.int(0, records.length - 1);
      if (k % 4 === 0) {
        table.delete(records[at]!.id);
        records.splice(at, 1);
      } else {
        const changed = {
          ...records[at]!,
          occurredAt: k % 3 === 0 ? null : instant(),
          level: 'red',
        } as StoredRecord;
        records[at] = changed;
        table.put(changed);
      }
    }
    const clauses: FilterClause[] = [
      { field: 'level', op: 'eq', values: ['red'] },
      { field: 'level', op: 'eq', values: [null] },
      { field: 'level', op: 'ne', values: ['green', 'yellow'] },
      { field: 'programmeId', op: 'eq', values: ['2'] },
      { field: 'programmeId', op: 'eq', values: [1, 3] },
      { field: 'involvedCount', op: 'gte', values: [10] },
      { field: 'occurredAt', op: 'lte', values: ['2020-02-15T00:00:00.000Z'] },
    ];
    const sorts = ['occurredAt', 'involvedCount', 'name', 'day', 'id'] as const;
    let checked = 0;
    for (let q = 0; q < 400; q++) {
      const filters = clauses.filter(() => rng.int(0, 2) === 0);
      const start = rng.int(0, 40);
      const query: ListQuery = {
        filters,
        search: [],
        sort:
          rng.int(0, 5) === 0
            ? undefined
            : { field: rng.pick([...sorts]), order: rng.pick(['ASC', 'DESC'] as const) },
        range: rng.int(0, 5) === 0 ? undefined : { start, end: start + rng.int(0, 30) },
      };
      const scope = rng.int(0, 2) === 0 ? new Set<unknown>([1, 3]) : undefined;
      const got = runListQuery(table, query, {
        hidden: new Set(),
        scope: scope && { field: 'programmeId', values: scope },
      });
      const want = reference(records, query, scope);
      expect({ total: got.total, ids: got.page.map((r) => r.id) }, JSON.stringify(query)).toEqual(want);
      checked++;
    }
    expect(checked).toBe(400);
  });
});
