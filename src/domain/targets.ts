import type { Indicator } from './kpiSchemas';

/** Rounds away floating-point noise (32 × 0.85 is 27.200000000000003). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The target for `year` from the area's baseline value, or null when there is none
 * (no baseline, or a year before the baseline year). Never divides: a zero baseline
 * gives a zero target for a relative rule.
 */
export function targetFor(
  indicator: Pick<Indicator, 'target' | 'baselineYear'>,
  baseline: number | null,
  year: number,
): number | null {
  if (baseline === null || year <= indicator.baselineYear) return null;
  const years = year - indicator.baselineYear;
  const target = indicator.target;
  switch (target.rule) {
    case 'relativePerYear': {
      const value = baseline * (1 + (target.percentPerYear / 100) * years);
      const capped = target.capAtBaseline ? Math.min(value, baseline) : value;
      return tidy(Math.max(0, capped));
    }
    case 'absoluteChange': {
      // The change is reached by `byYear`, in equal steps from the baseline year.
      const span = Math.max(1, target.byYear - indicator.baselineYear);
      return tidy(Math.max(0, baseline + target.change * Math.min(1, years / span)));
    }
    case 'fixed':
      return target.value;
    case 'higherThanBaseline':
      return baseline;
  }
}
