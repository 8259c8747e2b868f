import { describe, expect, it } from 'vitest';
import { isLargeChange } from '../../src/domain/figureChange';

describe('isLargeChange', () => {
  it('flags a count more than half up or down, not exactly half', () => {
    expect(isLargeChange('count', 100, 151)).toBe(true);
    expect(isLargeChange('count', 100, 49)).toBe(true);
    expect(isLargeChange('count', 100, 150)).toBe(false);
    expect(isLargeChange('count', 100, 50)).toBe(false);
  });
  it('flags a percentage moved by more than 10 points, or by more than half', () => {
    expect(isLargeChange('percent', 40, 50.5)).toBe(true);
    expect(isLargeChange('percent', 40, 50)).toBe(false);
    expect(isLargeChange('percent', 8, 13)).toBe(true);
  });
  it('needs two figures; from zero any rise counts', () => {
    expect(isLargeChange('count', null, 10)).toBe(false);
    expect(isLargeChange('count', 10, null)).toBe(false);
    expect(isLargeChange('count', 0, 1)).toBe(true);
    expect(isLargeChange('count', 0, 0)).toBe(false);
  });
});
