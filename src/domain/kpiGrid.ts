import type { DIRECTIONS, UNITS } from './kpiSchemas';
import type { Db, Period } from './statistics/period';

export interface GridIndicator {
  id: number;
  code: string;
  name: string;
  unit: (typeof UNITS)[number];
  perArea: boolean;
  direction: (typeof DIRECTIONS)[number];
}

/**
 * GET /api/kpi/grid: a programme's indicators × areas for one year and the figures stored; the
 * same shape for the panel's grid, the import's preview and the workbook's template.
 */
export interface Grid {
  year: number;
  locked: boolean;
  indicators: GridIndicator[];
  areas: { id: number; name: string; households: number | null }[];
  cells: {
    indicatorId: number;
    areaId: number | null;
    value: number;
    measurementId: number;
    version: number;
  }[];
}

/** The year's figures of a programme as one grid: every indicator × every area (or the programme). */
export function readGrid(data: Db, period: Period): Grid {
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
    // Stored records are checked by their schemas on write: their fields are what the schema says.
    indicators: indicators.map(({ id, code, name, unit, perArea, direction }) => ({
      id,
      code,
      name,
      unit,
      perArea,
      direction,
    })) as GridIndicator[],
    areas: areas.map(({ id, name, households }) => ({ id, name, households })) as Grid['areas'],
    cells,
  };
}
