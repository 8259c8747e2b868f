import { describe, expect, it } from 'vitest';
import { projectYearOf, yearLabel, yearRange } from '../../src/domain/projectYear';

describe('project years', () => {
  it('runs 1 April – 31 March in Viborg, named by its first year', () => {
    expect(yearRange(2024, true, 4)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(yearLabel(2024, true, 4)).toBe('2024/25');
    expect(projectYearOf('2025-03-31', 4)).toBe(2024);
    expect(projectYearOf('2025-04-01', 4)).toBe(2025);
  });

  it('is the calendar year when asked for one or when it starts in January', () => {
    expect(yearRange(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearRange(2025, true, 1)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearLabel(2025)).toBe('2025');
  });

  it('handles a start month late in the year and leap years', () => {
    expect(yearRange(2023, true, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });
});
