import { ApiError, badRequest } from '../errors/apiError';
import type { Grid } from '../../domain/kpiGrid';
import { WHOLE, findLayout, norm } from './layout';
import { readCell } from './readCell';
import { csvTable, xlsxTables, type Table } from './table';

/** A cell's text is shown back, never more of it than this: a file is no place for essays. */
export const RAW_MAX = 200;
const raw = (text: string) => (text.length > RAW_MAX ? `${text.slice(0, RAW_MAX)}…` : text);

type Indicator = Grid['indicators'][number];

/** Why an imported figure cannot be saved, or null when it can. */
function placeError(indicator: Indicator, areaId: number | null | undefined): string | null {
  if (areaId === undefined) return 'Ukendt boligområde';
  if (indicator.perArea === (areaId === null))
    return indicator.perArea ? 'Tallet hører til et boligområde' : 'Tallet gælder hele helhedsplanen';
  return null;
}

async function tablesOf(filename: string, bytes: Buffer): Promise<{ table: Table }[]> {
  try {
    return /\.csv$/i.test(filename) ? [{ table: csvTable(bytes) }] : await xlsxTables(bytes);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw badRequest('Filen kunne ikke læses som et regneark (xlsx eller csv)');
  }
}

/**
 * Reads a housing company's figures (xlsx or csv) or the status workbook's KPI sheet, and
 * checks every cell; nothing is stored here — the panel shows the preview and saves the
 * grid. Runs in a worker, with a cap on its memory and time (src/server/kpiRoutes.ts).
 */
export async function previewImport(input: { grid: Grid; filename: string; content: string }) {
  const { grid, filename } = input;
  const layout = findLayout(await tablesOf(filename, Buffer.from(input.content, 'base64')), grid);
  if (!layout) {
    const expected = `${grid.indicators.map((i) => i.code).join(', ')}; boligområder i første kolonne: ${grid.areas.map((a) => a.name).join(', ')}`;
    throw badRequest(`Ingen kolonne svarer til en indikator. Forventede overskrifter: ${expected}`, {
      file: `Forventede overskrifter: ${expected}`,
    });
  }
  const areas = new Map(grid.areas.map((a) => [norm(String(a.name)), a.id]));
  const placed = layout.rows.map((row) => {
    const areaId = WHOLE.has(norm(row.label)) ? null : (areas.get(norm(row.label)) ?? undefined);
    return { ...row, areaId };
  });
  const seen = new Map<string, number>();
  for (const row of placed)
    if (row.areaId !== undefined) seen.set(String(row.areaId), (seen.get(String(row.areaId)) ?? 0) + 1);
  const cells = [];
  for (const row of placed) {
    const duplicate = row.duplicate || (row.areaId !== undefined && seen.get(String(row.areaId))! > 1);
    for (const { column, indicator } of layout.columns) {
      const cell = row.cells.get(column);
      if (!indicator || !cell || cell.text.trim() === '') continue;
      const read = readCell(cell, String(indicator.unit));
      const error = duplicate
        ? 'Boligområdet står i flere rækker'
        : (placeError(indicator, row.areaId) ?? read.error);
      cells.push({
        row: row.row,
        column,
        indicatorId: indicator.id,
        areaId: row.areaId ?? null,
        raw: raw(cell.text.trim()),
        value: read.value,
        error,
      });
    }
  }
  return {
    columns: layout.columns.map(({ column, header, indicator }) => ({
      column,
      header: raw(header),
      indicatorId: indicator?.id ?? null,
    })),
    rows: placed.map(({ row, label, areaId }) => ({
      row,
      label: raw(label),
      areaId: areaId ?? null,
      known: areaId !== undefined,
    })),
    cells,
    errors: cells.filter((c) => c.error).length,
  };
}

/** The preview as the JSON text of the answer, made in the worker: a large one never stops the request thread. */
export async function previewImportJson(input: { grid: Grid; filename: string; content: string }) {
  return JSON.stringify(await previewImport(input));
}
