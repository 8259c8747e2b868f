import { attainment, programmeTotal } from '../attainment';
import type { Indicator, Measurement } from '../kpiSchemas';
import { targetFor } from '../targets';
import type { Db, Period } from './period';

interface Area {
  id: number;
  name: string;
  households: number | null;
}

/** Goal attainment per indicator for the period's year: each area, the programme, and the series. */
export function kpiStats(db: Db, period: Period) {
  const state = db;
  const indicators = (state.indicators ?? []).filter(
    (i) => i.programmeId === period.programme.id,
  ) as unknown as Indicator[];
  const areas = (state.areas ?? []).filter((a) => a.programmeId === period.programme.id) as unknown as Area[];
  const measurements = (state.measurements ?? []) as unknown as Measurement[];
  const locked = (state.yearLocks ?? []).some(
    (l) => l.active === true && l.programmeId === period.programme.id && l.year === period.year,
  );

  const indicatorStats = indicators.map((indicator) => {
    const own = measurements.filter((m) => m.indicatorId === indicator.id);
    const value = (areaId: number | null, year: number) =>
      own.find((m) => m.areaId === areaId && m.year === year)?.value ?? null;
    const places: (Area | null)[] = indicator.perArea ? areas : [null];
    const rows = places.map((area) => {
      const areaId = area?.id ?? null;
      const baseline = value(areaId, indicator.baselineYear);
      return {
        areaId,
        name: area?.name ?? null,
        ...attainment(indicator, baseline, value(areaId, period.year), period.year),
      };
    });
    const totalOf = (year: number) =>
      programmeTotal(
        indicator.unit,
        places.map((area) => ({
          baseline: value(area?.id ?? null, indicator.baselineYear),
          actual: value(area?.id ?? null, year),
          households: area?.households ?? null,
        })),
      );
    const total = totalOf(period.year);
    const years = Array.from(
      { length: Math.max(0, period.year - indicator.baselineYear + 1) },
      (_, i) => indicator.baselineYear + i,
    );
    return {
      indicator,
      rows,
      total: { method: total.method, ...attainment(indicator, total.baseline, total.actual, period.year) },
      series: years.map((year) => ({
        year,
        values: Object.fromEntries(
          places.map((area) => [String(area?.id ?? 'all'), value(area?.id ?? null, year)]),
        ),
        total: totalOf(year).actual,
        target: targetFor(indicator, total.baseline, year),
        // Each area's own target from its own baseline, ready to draw: the panel computes no rule.
        targets: Object.fromEntries(
          indicator.perArea
            ? rows.map((row) => [String(row.areaId), targetFor(indicator, row.baseline, year)])
            : [],
        ),
      })),
    };
  });

  const statuses = indicatorStats.flatMap((s) => s.rows.map((r) => r.status));
  return {
    locked,
    summary: {
      met: statuses.filter((s) => s === 'met').length,
      notMet: statuses.filter((s) => s === 'notMet').length,
      noData: statuses.filter((s) => s === 'noData').length,
    },
    indicators: indicatorStats,
  };
}
