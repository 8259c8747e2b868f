/** The large store's KPI side: ten years of five indicators for one programme, as Viborg's. */
import { createRng } from '../demo/prng';

export const KPI_PROGRAMME = 2;
export const KPI_YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const PROGRAMME = KPI_PROGRAMME;
const YEARS = KPI_YEARS;

/** Five indicators for the programme, as Viborg's (seed 003), measured every year for ten years. */
export function withKpis(seed: Record<string, unknown[]>): Record<string, unknown[]> {
  const rng = createRng(2025);
  const areas = (seed.areas as { id: number; programmeId: number }[]).filter(
    (a) => a.programmeId === PROGRAMME,
  );
  const first = (seed.indicators as { id: number }[]).reduce((n, i) => Math.max(n, i.id), 0) + 1;
  const base = { programmeId: PROGRAMME, baselineYear: YEARS[0], period: 'calendarYear', dataSource: null };
  const relative = { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true };
  const absolute = { rule: 'absoluteChange', change: -2, byYear: 2020 };
  // code, name, unit, direction, per area, target rule
  const indicators = (
    [
      ['klager', 'Beboerklagesager', 'count', 'lower', true, relative],
      ['fraflytning', 'Fraflytningsprocent', 'percent', 'lower', true, absolute],
      ['tryg', 'Voksne der føler sig trygge', 'percent', 'higher', false, { rule: 'higherThanBaseline' }],
      ['ledighed', 'Ungdomsledighed', 'percent', 'lower', false, relative],
      ['udsaettelser', 'Gennemførte udsættelser', 'count', 'lower', true, { rule: 'fixed', value: 2 }],
    ] as const
  ).map(([code, name, unit, direction, perArea, target], i) => ({
    ...base,
    ...{ code, name, unit, direction, perArea, target },
    id: first + i,
    version: 1,
  }));
  const measurements: Record<string, unknown>[] = [];
  let id = (seed.measurements as { id: number }[]).reduce((n, m) => Math.max(n, m.id), 0);
  for (const indicator of indicators)
    for (const year of YEARS)
      for (const areaId of indicator.perArea ? areas.map((a) => a.id) : [null]) {
        const value = indicator.unit === 'count' ? rng.int(0, 40) : rng.int(100, 350) / 10;
        measurements.push({
          id: ++id,
          indicatorId: indicator.id,
          areaId,
          year,
          value,
          source: 'Benchmark',
          note: null,
          version: 1,
        });
      }
  return {
    ...seed,
    indicators: [...seed.indicators!, ...indicators],
    measurements: [...seed.measurements!, ...measurements],
  };
}
