import { describe, expect, it } from 'vitest';
import { readDanishNumber } from '../../src/domain/danishNumber';

describe('a figure as a Danish spreadsheet writes it', () => {
  it.each([
    ['24', 24],
    ['19,75', 19.75],
    ['26,8 %', 26.8],
    ['26,8%', 26.8],
    ['3.000', 3000],
    ['10.000', 10000],
    ['2.500', 2500],
    ['1.234.567,5', 1234567.5],
    ['10 000', 10000],
    ['-1,7', -1.7],
    [' 7 ', 7],
  ])('reads %s as %d', (text, value) => {
    expect(readDanishNumber(text)).toEqual({ value });
  });

  it.each([
    ['12.2020', 'Ligner en dato, ikke et tal'],
    ['24.04.2025', 'Ligner en dato, ikke et tal'],
    ['2025-04-24', 'Ligner en dato, ikke et tal'],
    ['1.12', 'Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (1,12)'],
    ['1.2345', 'Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (1,2345)'],
    ['ca. 5', 'Ikke et tal'],
    ['', 'Ikke et tal'],
    ['1,2,3', 'Ikke et tal'],
  ])('refuses %s: %s', (text, error) => {
    expect(readDanishNumber(text)).toEqual({ error });
  });
});
