import { describe, expect, it } from 'vitest';
import { valueError } from '../../src/domain/kpiRules';
import { parseNumber } from '../../src/domain/numbers';

describe('parseNumber', () => {
  it.each([
    ['26,8', 26.8],
    ['26,8 %', 26.8],
    [' 16,27% ', 16.27],
    ['26.8', 26.8],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['32', 32],
    ['0', 0],
  ])('reads %s as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', 'ca. 30', 'n/a', '12-14', '--', '1,2,3'])('refuses %j', (text) =>
    expect(parseNumber(text)).toBeUndefined(),
  );
});

describe('valueError', () => {
  it('wants whole counts and rates between 0 and 100', () => {
    expect(valueError('count', 3)).toBeUndefined();
    expect(valueError('count', 3.5)).toBe('Skal være et helt tal');
    expect(valueError('percent', 100)).toBeUndefined();
    expect(valueError('percent', 100.1)).toBe('En procent skal ligge mellem 0 og 100');
    expect(valueError('count', -1)).toBe('Må ikke være negativ');
  });
});
