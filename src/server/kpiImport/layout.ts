import { headingIndex, normHeading } from '../../domain/indicatorHeadings';
import { WHOLE_PROGRAMME } from '../../domain/labels';
import type { Grid } from '../../domain/kpiGrid';
import type { RawCell, Table } from './table';

/** Labels and headings compared as a reader would. */
export const norm = normHeading;
/** Row labels that mean the programme as a whole, for programme-wide indicators. */
export const WHOLE = new Set([WHOLE_PROGRAMME.toLowerCase(), 'helhedsplanen', 'i alt', 'samlet', 'alle']);

type Indicator = Grid['indicators'][number];

/** A file's figures as a grid: a column per indicator, a row per place, spreadsheet numbers (from 1). */
export interface Layout {
  columns: { column: number; header: string; indicator: Indicator | undefined }[];
  rows: { row: number; label: string; cells: Map<number, RawCell>; duplicate?: boolean }[];
}

/** The headings that name an indicator: code, name or the template's "name (code)". */
const indicatorsByName = (grid: Grid): Map<string, Indicator> => headingIndex(grid.indicators);

/** A housing company's layout: places down the first column, indicators (code or name) across a header row. */
function wide(table: Table, byName: Map<string, Indicator>): Layout | undefined {
  const h = table.findIndex((row) => row.some((cell, c) => c > 0 && byName.has(norm(cell.text))));
  if (h < 0) return undefined;
  const columns = table[h]!.map((cell, c) => ({
    column: c + 1,
    header: cell.text.trim(),
    indicator: byName.get(norm(cell.text)),
  })).filter((col) => col.column > 1 && col.header);
  const rows: Layout['rows'] = [];
  for (let r = h + 1; r < table.length; r++) {
    const label = table[r]?.[0]?.text.trim() ?? '';
    if (!label) continue;
    const cells = new Map(columns.map((col) => [col.column, table[r]![col.column - 1] ?? { text: '' }]));
    rows.push({ row: r + 1, label, cells });
  }
  return { columns, rows };
}

/**
 * The status workbook's KPI sheet: a row per indicator and place, the year's figure under
 * "Faktisk". The programme's total of a per-area indicator is computed, not a figure: left out.
 */
function long(table: Table, byName: Map<string, Indicator>): Layout | undefined {
  const h = table.findIndex((row) => {
    const names = row.map((c) => norm(c.text));
    return names.includes('indikator') && names.includes('boligområde');
  });
  if (h < 0) return undefined;
  const names = table[h]!.map((c) => norm(c.text));
  const [ind, place] = [names.indexOf('indikator'), names.indexOf('boligområde')];
  const value = names.findIndex((n) => n.startsWith('faktisk') || n === 'værdi' || n === 'tal');
  if (value < 0) return undefined;
  const columns: Layout['columns'] = [];
  const rows = new Map<string, Layout['rows'][number]>();
  for (let r = h + 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    const header = cells[ind]?.text.trim() ?? '';
    const label = cells[place]?.text.trim() ?? '';
    if (!header || !label) continue;
    const indicator = byName.get(norm(header));
    if (indicator?.perArea && WHOLE.has(norm(label))) continue;
    let column = columns.find((c) => c.header === header);
    if (!column) columns.push((column = { column: columns.length + 2, header, indicator }));
    let row = rows.get(norm(label));
    if (!row) rows.set(norm(label), (row = { row: r + 1, label, cells: new Map() }));
    if (row.cells.has(column.column)) row.duplicate = true;
    row.cells.set(column.column, cells[value] ?? { text: '' });
  }
  return { columns, rows: [...rows.values()] };
}

/** The first sheet with a layout that names at least one of the programme's indicators. */
export function findLayout(tables: { table: Table }[], grid: Grid): Layout | undefined {
  const byName = indicatorsByName(grid);
  for (const { table } of tables) {
    const found = wide(table, byName) ?? long(table, byName);
    if (found?.columns.some((c) => c.indicator)) return found;
  }
  return undefined;
}
