import { describe, expect, it } from 'vitest';
import { fairOrder } from '../../src/domain/fairOrder';

describe('fairOrder', () => {
  it('takes the programmes in turn, each in its own order', () => {
    const flood = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, programmeId: 1 }));
    const items = [...flood, { id: 9, programmeId: 2 }, { id: 7, programmeId: 3 }, { id: 8, programmeId: 2 }];
    expect(fairOrder(items).map((i) => i.id)).toEqual([1, 7, 8, 2, 9, 3, 4, 5]);
  });

  it('keeps one programme’s order and an empty queue empty', () => {
    expect(
      fairOrder([
        { id: 3, programmeId: 1 },
        { id: 1, programmeId: 1 },
      ]).map((i) => i.id),
    ).toEqual([1, 3]);
    expect(fairOrder([])).toEqual([]);
  });
});
