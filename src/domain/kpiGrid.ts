import type { Db, Period } from './statistics/period';

/** The year's figures of a programme as one grid: every indicator × every area (or the programme). */
export function readGrid(data: Db, period: Period) {
  const indicators = (data.indicators ?? []).filter((i) => i.programmeId === period.programme.id);
  const areas = (data.areas ?? []).filter((a) => a.programmeId === period.programme.id);
  const ids = new Set(indicators.map((i) => i.id));
  const cells = (data.measurements ?? [])
    .filter((m) => ids.has(m.indicatorId as number) && m.year === period.year)
    .map((m) => ({
      indicatorId: m.indicatorId as number,
      areaId: m.areaId as number | null,
      value: m.value as number,
      measurementId: m.id,
      // Sent back with a save: a figure changed by someone else since is not overwritten.
      version: m.version as number,
    }));
  const locked = (data.yearLocks ?? []).some(
    (l) => l.active === true && l.programmeId === period.programme.id && l.year === period.year,
  );
  return {
    year: period.year,
    locked,
    indicators: indicators.map(({ id, code, name, unit, perArea, direction }) => ({
      id,
      code,
      name,
      unit,
      perArea,
      direction,
    })),
    areas: areas.map(({ id, name, households }) => ({ id, name, households })),
    cells,
  };
}

export type Grid = ReturnType<typeof readGrid>;
