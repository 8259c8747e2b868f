import type { AttainmentStatus } from '../../domain/attainment';
import type { IndicatorStats } from '../api/dashboard';

export interface Place {
  /** The key of the series' values: an area's id, or 'all' for the programme. */
  key: string;
  name: string;
  baseline: number | null;
  status: AttainmentStatus;
  points: { year: number; actual: number | null; target: number | null }[];
}

/**
 * One line per place: the programme as a whole (the series' total and its target), then
 * each area with its own target from its own baseline, as the statistics route worked it out.
 */
export function placesOf(stats: IndicatorStats, wholeName: string): Place[] {
  const { indicator, series, rows, total } = stats;
  const whole: Place = {
    key: 'all',
    name: wholeName,
    baseline: total.baseline,
    status: total.status,
    points: series.map((s) => ({ year: s.year, actual: s.total, target: s.target })),
  };
  if (!indicator.perArea) return [whole];
  const areas = rows.map((row) => ({
    key: String(row.areaId),
    name: row.name ?? '',
    baseline: row.baseline,
    status: row.status,
    points: series.map((s) => ({
      year: s.year,
      actual: s.values[String(row.areaId)] ?? null,
      target: s.targets[String(row.areaId)] ?? null,
    })),
  }));
  return [whole, ...areas];
}
