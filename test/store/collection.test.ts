import { describe, expect, it } from 'vitest';
import { Collection, tableOf } from '../../src/server/store/collection';
import type { Row } from '../../src/server/store/types';
import { createRng } from '../../scripts/demo/prng';

const ids = (rows: readonly Row[]) => rows.map((r) => r.id);

describe('Collection.where', () => {
  it('finds what a scan finds, in the same order, through puts, moves, deletes and a replace', () => {
    const rng = createRng(2026);
    const table = new Collection();
    table.put({ id: 1, incidentId: 7 });
    expect(ids(table.where('incidentId', 7))).toEqual([1]); // the index is made here, then kept
    for (let step = 0; step < 3_000; step++) {
      const id = rng.int(1, 200);
      if (rng.int(0, 3) === 0) table.delete(id);
      else table.put({ id, incidentId: rng.pick([1, 2, 3, null]) });
      if (step === 1_500)
        table.replace([...table.rows].reverse().map((r) => ({ ...r, incidentId: r.incidentId ?? 4 })));
      const value = rng.pick([1, 2, 3, 4, null, 99]);
      expect(ids(table.where('incidentId', value))).toEqual(
        ids(table.rows.filter((r) => r.incidentId === value)),
      );
    }
  });

  it('leaves an array handed out before a write as it was', () => {
    const table = new Collection();
    table.put({ id: 1, incidentId: 1 });
    const before = table.rows;
    table.put({ id: 2, incidentId: 1 });
    expect(ids(before)).toEqual([1]);
    expect(ids(table.where('incidentId', 1))).toEqual([1, 2]);
  });

  it('answers the same over a plain array', () => {
    const rows = [
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'y' },
      { id: 'c', kind: 'x' },
    ];
    expect(ids(tableOf(rows).where('kind', 'x'))).toEqual(['a', 'c']);
    expect(tableOf(rows).where('kind', 'z')).toEqual([]);
  });

  it('gives a column of stored instants as milliseconds, and none once a value is not one', () => {
    const table = new Collection();
    table.put({ id: 1, at: '2026-03-01T10:00:00.000Z' });
    table.put({ id: 2, at: null });
    const column = table.column('at');
    expect(column.instants()).toEqual([Date.parse('2026-03-01T10:00:00.000Z'), NaN]);
    table.put({ id: 3, at: '2026-02-14T09:30:00.000Z' });
    expect(column.instants()![2]).toBe(Date.parse('2026-02-14T09:30:00.000Z'));
    // Date.parse would read 30 February as 2 March, out of step with the characters' order.
    table.put({ id: 4, at: '2026-02-30T10:00:00.000Z' });
    expect(column.instants()).toBeNull();
    expect(new Collection().column('at').instants()).toEqual([]);
  });
});
