import { valueError } from '../../domain/kpiRules';
import type { Locale } from '../../domain/messages';
import { parseNumber } from '../../domain/numbers';
import type { GridCellWrite, GridIndicator, KpiGrid } from '../api/kpiGrid';

/** A cell's key, `indicatorId:areaId` with `all` for the programme: the server's error keys. */
export const cellKey = (indicatorId: number, areaId: number | null) => `${indicatorId}:${areaId ?? 'all'}`;

export type Texts = Record<string, string>;

/** A row of the grid: an area, or the programme as a whole (areaId null). */
export interface GridRow {
  areaId: number | null;
  name: string;
}

/** Per-area indicators are typed in the areas' rows, programme-wide ones in the programme's row. */
export const editable = (indicator: GridIndicator, row: GridRow) =>
  indicator.perArea === (row.areaId !== null);

export function rowsOf(grid: KpiGrid, wholeName: string): GridRow[] {
  const areas = grid.areas.map((a) => ({ areaId: a.id, name: a.name }));
  return grid.indicators.some((i) => !i.perArea) ? [...areas, { areaId: null, name: wholeName }] : areas;
}

export function storedValues(grid: KpiGrid): Map<string, number> {
  return new Map(grid.cells.map((c) => [cellKey(c.indicatorId, c.areaId), c.value]));
}

/**
 * What is wrong with a typed figure, by the same rules as the server: a number in Danish
 * ("26,8") or English writing, whole for counts, 0–100 for percentages. Empty is fine: it removes.
 */
export function cellProblem(
  text: string,
  unit: string,
  notANumber: string,
  locale: Locale,
): string | undefined {
  if (text.trim() === '') return undefined;
  const value = parseNumber(text);
  return value === undefined ? notANumber : valueError(unit, value, locale);
}

const valueOf = (text: string) => (text.trim() === '' ? null : (parseNumber(text) ?? null));

/**
 * The cells whose typed figure differs from the stored one: what one save sends, each
 * with the version it was typed over, so a figure changed by someone else meanwhile is not overwritten.
 */
export function changedCells(grid: KpiGrid, texts: Texts): GridCellWrite[] {
  const stored = storedValues(grid);
  const versions = new Map(grid.cells.map((c) => [cellKey(c.indicatorId, c.areaId), c.version]));
  const changes: GridCellWrite[] = [];
  for (const indicator of grid.indicators)
    for (const areaId of [...grid.areas.map((a) => a.id), null]) {
      const key = cellKey(indicator.id, areaId);
      const text = texts[key];
      if (text === undefined) continue;
      const value = valueOf(text);
      if (value !== (stored.get(key) ?? null))
        changes.push({ indicatorId: indicator.id, areaId, value, version: versions.get(key) ?? null });
    }
  return changes;
}
