import { describe, expect, it } from 'vitest';
import { asStoredInstant } from '../../src/domain/localTime';

describe('a filter bound as the instant it names', () => {
  it('reads an offset, Z, or none (Copenhagen), in winter and in summer time', () => {
    expect(asStoredInstant('2025-06-01T00:00:00+02:00')).toBe('2025-05-31T22:00:00.000Z');
    expect(asStoredInstant('2025-05-31T22:30:00Z')).toBe('2025-05-31T22:30:00.000Z');
    expect(asStoredInstant('2025-06-01T00:30')).toBe('2025-05-31T22:30:00.000Z');
    expect(asStoredInstant('2025-01-01T00:30')).toBe('2024-12-31T23:30:00.000Z');
  });

  it('takes the wall clock across the changes of time: 26 October 2025 has 25 hours', () => {
    // 02:30 happens twice when the clocks go back; without an offset it is read as the second (winter) one.
    expect(asStoredInstant('2025-10-26T02:30')).toBe('2025-10-26T01:30:00.000Z');
    expect(asStoredInstant('2025-10-26T02:30+02:00')).toBe('2025-10-26T00:30:00.000Z');
    expect(asStoredInstant('2025-10-26T03:30')).toBe('2025-10-26T02:30:00.000Z');
    expect(asStoredInstant('2025-03-30T01:59')).toBe('2025-03-30T00:59:00.000Z');
    expect(asStoredInstant('2025-03-30T03:00')).toBe('2025-03-30T01:00:00.000Z');
  });

  it('leaves dates, text and nonsense as they are', () => {
    expect(asStoredInstant('2025-06-01')).toBe('2025-06-01');
    expect(asStoredInstant('Vangdalen')).toBe('Vangdalen');
    expect(asStoredInstant('2025-13-01T00:00')).toBe('2025-13-01T00:00');
  });
});
