import type { Indicator } from './kpiSchemas';
import { targetFor } from './targets';

export type AttainmentStatus = 'met' | 'notMet' | 'noData';

export interface Attainment {
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** actual − baseline, in the indicator's unit (points for percentages). */
  change: number | null;
  /** The change as a share of the baseline; null for a zero baseline. */
  changeShare: number | null;
  status: AttainmentStatus;
}

const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Goal attainment for one area (or the programme), one indicator and one year: computed, never typed. */
export function attainment(
  indicator: Pick<Indicator, 'target' | 'baselineYear' | 'direction'>,
  baseline: number | null,
  actual: number | null,
  year: number,
): Attainment {
  const target = targetFor(indicator, baseline, year);
  const change = baseline !== null && actual !== null ? tidy(actual - baseline) : null;
  const changeShare = change !== null && baseline ? tidy(change / baseline) : null;
  if (actual === null || target === null)
    return { baseline, target, actual, change, changeShare, status: 'noData' };
  const strict = indicator.target.rule === 'higherThanBaseline';
  const met =
    indicator.direction === 'lower'
      ? strict
        ? actual < target
        : actual <= target
      : strict
        ? actual > target
        : actual >= target;
  return { baseline, target, actual, change, changeShare, status: met ? 'met' : 'notMet' };
}

export type TotalMethod = 'sum' | 'weightedByHouseholds' | 'mean';

export interface AreaFigures {
  baseline: number | null;
  actual: number | null;
  households: number | null;
}

/**
 * The programme's figure from its areas: counts add up; rates are averaged, weighted by
 * households when every area counted has them, plainly otherwise. Areas lacking a figure
 * in either year are left out of both, so baseline and actual compare like with like.
 */
export function programmeTotal(unit: Indicator['unit'], areas: readonly AreaFigures[]) {
  const both = areas.filter((a) => a.baseline !== null && a.actual !== null);
  const base = areas.filter((a) => a.baseline !== null);
  if (unit === 'count') {
    const sum = (rows: readonly AreaFigures[], key: 'baseline' | 'actual') =>
      rows.reduce((s, a) => s + a[key]!, 0);
    return {
      method: 'sum' as TotalMethod,
      baseline: base.length ? tidy(sum(both.length ? both : base, 'baseline')) : null,
      actual: both.length ? tidy(sum(both, 'actual')) : null,
    };
  }
  const rows = both.length ? both : base;
  const weighted = rows.length > 0 && rows.every((a) => a.households && a.households > 0);
  const mean = (key: 'baseline' | 'actual') => {
    if (!weighted) return tidy(rows.reduce((s, a) => s + a[key]!, 0) / rows.length);
    const weight = rows.reduce((s, a) => s + a.households!, 0);
    return tidy(rows.reduce((s, a) => s + a[key]! * a.households!, 0) / weight);
  };
  return {
    method: (weighted ? 'weightedByHouseholds' : 'mean') as TotalMethod,
    baseline: rows.length ? mean('baseline') : null,
    actual: both.length ? mean('actual') : null,
  };
}
