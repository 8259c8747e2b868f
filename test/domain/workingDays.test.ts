import { describe, it, expect } from 'vitest';
import {
  addWorkingDays,
  danishPublicHolidays,
  isDanishPublicHoliday,
  isWorkingDay,
} from '../../src/domain/workingDays';

describe('danishPublicHolidays', () => {
  it('lists the 2025 public holidays, sorted (Sundays påskedag/pinsedag included)', () => {
    expect(danishPublicHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-17',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('includes store bededag in 2023 but not in 2024 (abolished from 2024)', () => {
    expect(danishPublicHolidays(2023)).toContain('2023-05-05');
    expect(danishPublicHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-03-28',
      '2024-03-29',
      '2024-03-31',
      '2024-04-01',
      '2024-05-09',
      '2024-05-19',
      '2024-05-20',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('returns a copy, so mutating the result does not corrupt the cache', () => {
    const list = danishPublicHolidays(2025);
    list.push('2025-07-01');
    list.length = 1;
    expect(danishPublicHolidays(2025)).toHaveLength(10);
    expect(isDanishPublicHoliday('2025-07-01')).toBe(false);
  });

  it('rejects a non-integer year', () => {
    expect(() => danishPublicHolidays(2025.5)).toThrow(/Invalid year/);
  });
});

describe('isDanishPublicHoliday', () => {
  it.each([
    ['2025-01-01', true], // nytårsdag
    ['2025-04-17', true], // skærtorsdag
    ['2025-04-18', true], // langfredag
    ['2025-04-21', true], // 2. påskedag
    ['2025-05-29', true], // Kristi himmelfartsdag
    ['2025-06-09', true], // 2. pinsedag
    ['2025-12-25', true], // juledag
    ['2025-12-26', true], // 2. juledag
    ['2023-05-05', true], // store bededag 2023
    ['2024-04-26', false], // would-be store bededag 2024
    ['2025-06-05', false], // grundlovsdag: observance only
    ['2025-12-24', false], // juleaften: observance only
    ['2025-05-01', false], // 1. maj: observance only
    ['2025-12-31', false], // nytårsaften
    ['2025-05-30', false], // Friday after Kristi himmelfart
  ])('%s → %s', (date, expected) => {
    expect(isDanishPublicHoliday(date)).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-04-07', true], // ordinary Monday
    ['2025-04-12', false], // Saturday
    ['2025-04-13', false], // Sunday
    ['2025-04-18', false], // langfredag
    ['2025-12-24', true], // juleaften is a normal working day here
    ['2025-06-05', true], // grundlovsdag (Thursday)
    ['2023-05-05', false], // store bededag 2023
    ['2024-04-26', true], // Friday, store bededag abolished
    ['2026-01-01', false], // nytårsdag 2026 (Thursday)
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-4-7', '2025-04-07T10:00:00Z', ''])(
    'throws on invalid date %j',
    (bad) => {
      expect(() => isWorkingDay(bad)).toThrow(/Invalid calendar date/);
    },
  );
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-04-07', 3, '2025-04-10'], // Mon → Thu
    ['2025-03-07', 3, '2025-03-12'], // Fri → Mon, Tue, Wed
    ['2025-03-08', 3, '2025-03-12'], // Sat → Mon, Tue, Wed
    ['2025-04-16', 3, '2025-04-24'], // Easter: 17, 18, 19, 20, 21 skipped
    ['2025-12-23', 3, '2025-12-30'], // 24 counts; 25–28 skipped; 29, 30
    ['2025-12-30', 3, '2026-01-05'], // 31, (1 Jan), 2, (weekend), 5
    ['2025-05-28', 3, '2025-06-03'], // Kristi himmelfart 29 skipped; 30, 2, 3
    ['2025-06-06', 3, '2025-06-12'], // 2. pinsedag 9 skipped; 10, 11, 12
    ['2025-06-03', 3, '2025-06-06'], // grundlovsdag 5 counts
    ['2023-05-03', 3, '2023-05-09'], // store bededag 2023-05-05 skipped
    ['2024-04-24', 3, '2024-04-29'], // 2024-04-26 counts
    ['2025-04-07', 1, '2025-04-08'],
    ['2025-04-07', 0, '2025-04-07'],
  ])('%s + %i working days → %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected);
  });

  it('never counts the start day, even when it is a working day', () => {
    expect(isWorkingDay('2025-04-07')).toBe(true);
    expect(addWorkingDays('2025-04-07', 1)).toBe('2025-04-08');
  });

  it('rejects negative or fractional n and invalid dates', () => {
    expect(() => addWorkingDays('2025-04-07', -1)).toThrow(/non-negative integer/);
    expect(() => addWorkingDays('2025-04-07', 1.5)).toThrow(/non-negative integer/);
    expect(() => addWorkingDays('07-04-2025', 3)).toThrow(/Invalid calendar date/);
  });
});
