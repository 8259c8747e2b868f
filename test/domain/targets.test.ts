import { describe, expect, it } from 'vitest';
import { attainment, programmeTotal } from '../../src/domain/attainment';
import type { Indicator } from '../../src/domain/kpiSchemas';
import { targetFor } from '../../src/domain/targets';

const complaints = {
  baselineYear: 2015,
  direction: 'lower',
  target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
} as const satisfies Pick<Indicator, 'baselineYear' | 'direction' | 'target'>;
const turnover = {
  baselineYear: 2015,
  direction: 'lower',
  target: { rule: 'absoluteChange', change: -2, byYear: 2020 },
} as const satisfies Pick<Indicator, 'baselineYear' | 'direction' | 'target'>;
const safety = {
  baselineYear: 2016,
  direction: 'higher',
  target: { rule: 'higherThanBaseline' },
} as const satisfies Pick<Indicator, 'baselineYear' | 'direction' | 'target'>;

describe('targets (seed 003)', () => {
  it('complaints fall 5 % of the baseline a year: Ellekonebakken 32 in 2015 → 27.2 in 2018', () => {
    expect(targetFor(complaints, 32, 2016)).toBe(30.4);
    expect(targetFor(complaints, 32, 2018)).toBe(27.2);
    expect(targetFor(complaints, 16, 2020)).toBe(12); // Vestervang
  });

  it('a zero baseline gives a zero target, never a division (Egeparken)', () => {
    expect(targetFor(complaints, 0, 2018)).toBe(0);
    expect(attainment(complaints, 0, 0, 2018)).toEqual({
      baseline: 0,
      target: 0,
      actual: 0,
      change: 0,
      changeShare: null,
      status: 'met',
    });
    expect(attainment(complaints, 0, 2, 2018).status).toBe('notMet');
  });

  it('a rising relative rule is capped at the baseline when asked to', () => {
    const rising = {
      ...complaints,
      target: { rule: 'relativePerYear', percentPerYear: 5, capAtBaseline: true },
    } as const;
    expect(targetFor(rising, 10, 2018)).toBe(10);
  });

  it('turnover falls 2 points by 2020, in equal steps: Egeparken 26.8 → 24.8', () => {
    expect(targetFor(turnover, 26.8, 2020)).toBe(24.8);
    expect(targetFor(turnover, 26.8, 2021)).toBe(24.8);
    expect(targetFor(turnover, 16.27, 2016)).toBe(15.87);
  });

  it('safety must end higher than the 2016 baseline (46 %)', () => {
    expect(attainment(safety, 46, 46, 2020).status).toBe('notMet');
    expect(attainment(safety, 46, 49.5, 2020)).toMatchObject({ target: 46, change: 3.5, status: 'met' });
  });

  it('has no target for the baseline year itself or before, and no data without a figure', () => {
    expect(targetFor(complaints, 32, 2015)).toBeNull();
    expect(attainment(complaints, 32, null, 2018).status).toBe('noData');
    expect(attainment(complaints, null, 20, 2018).status).toBe('noData');
  });

  it('a fixed target is the value itself', () => {
    expect(targetFor({ baselineYear: 2015, target: { rule: 'fixed', value: 10 } }, 3, 2019)).toBe(10);
  });
});

describe('attainment', () => {
  it('compares lower-is-better inclusively and reports the change', () => {
    expect(attainment(complaints, 32, 27.2, 2018)).toEqual({
      baseline: 32,
      target: 27.2,
      actual: 27.2,
      change: -4.8,
      changeShare: -0.15,
      status: 'met',
    });
    expect(attainment(complaints, 32, 28, 2018).status).toBe('notMet');
  });
});

describe('programme totals', () => {
  it('sums counts over the areas that have both figures', () => {
    const total = programmeTotal('count', [
      { baseline: 32, actual: 25, households: 100 },
      { baseline: 14, actual: 15, households: 80 },
      { baseline: 0, actual: null, households: 90 },
    ]);
    expect(total).toEqual({ method: 'sum', baseline: 46, actual: 40 });
  });

  it('weights rates by households when every area has them, and says so', () => {
    const total = programmeTotal('percent', [
      { baseline: 20, actual: 18, households: 300 },
      { baseline: 10, actual: 12, households: 100 },
    ]);
    expect(total).toEqual({ method: 'weightedByHouseholds', baseline: 17.5, actual: 16.5 });
  });

  it('falls back to a plain mean when households are missing', () => {
    const total = programmeTotal('percent', [
      { baseline: 20, actual: 18, households: null },
      { baseline: 10, actual: 12, households: 100 },
    ]);
    expect(total).toEqual({ method: 'mean', baseline: 15, actual: 15 });
  });

  it('has no actual when no area reported', () => {
    expect(programmeTotal('count', [{ baseline: 3, actual: null, households: 1 }])).toEqual({
      method: 'sum',
      baseline: 3,
      actual: null,
    });
  });
});
