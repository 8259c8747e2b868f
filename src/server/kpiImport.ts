import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { valueError } from '../domain/kpiRules';
import { parseNumber } from '../domain/numbers';
import { badRequest } from './errors';
import type { Grid } from './kpiGrid';

const norm = (s: string) => s.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
/** Row labels that mean the programme as a whole, for programme-wide indicators. */
const WHOLE = new Set(['hele helhedsplanen', 'helhedsplanen', 'i alt', 'samlet', 'alle']);

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

async function firstSheet(filename: string, content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(filename)) {
    const head = content.subarray(0, 2000).toString('utf8');
    // Danish spreadsheets write CSV with semicolons, as the comma is their decimal mark.
    const delimiter = (head.match(/;/g)?.length ?? 0) >= (head.match(/,/g)?.length ?? 0) ? ';' : ',';
    return workbook.csv.read(Readable.from(content), { parserOptions: { delimiter } });
  }
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badRequest('Regnearket har ingen ark');
  return sheet;
}

/** Why an imported figure cannot be saved, or null when it can. */
function cellError(
  indicator: Grid['indicators'][number],
  areaId: number | null | undefined,
  value: number | null,
) {
  if (areaId === undefined) return 'Ukendt boligområde';
  if (value === null) return 'Ikke et tal';
  if (indicator.perArea === (areaId === null))
    return indicator.perArea ? 'Tallet hører til et boligområde' : 'Tallet gælder hele helhedsplanen';
  return valueError(String(indicator.unit), value) ?? null;
}

/**
 * Reads a housing company's figures (xlsx or csv): the first column names the areas,
 * the header row names the indicators by code or name. Every cell is checked; nothing
 * is stored here — the panel shows the preview and saves the grid.
 */
export async function previewImport(grid: Grid, filename: string, content: Buffer) {
  let sheet: ExcelJS.Worksheet;
  try {
    sheet = await firstSheet(filename, content);
  } catch (err) {
    if ((err as { status?: number }).status) throw err;
    throw badRequest('Filen kunne ikke læses som et regneark (xlsx eller csv)');
  }
  const rows = sheet.getSheetValues() as ExcelJS.CellValue[][];
  const headerIndex = rows.findIndex((r) => Array.isArray(r) && r.filter((c) => text(c).trim()).length >= 2);
  if (headerIndex < 0) throw badRequest('Fandt ingen overskriftsrække med indikatorer');
  const header = rows[headerIndex]!;
  const byName = new Map(
    grid.indicators.flatMap(
      (i) =>
        [
          [norm(String(i.code)), i],
          [norm(String(i.name)), i],
        ] as const,
    ),
  );
  const columns = header
    .map((cell, column) => ({ column, header: text(cell).trim(), indicator: byName.get(norm(text(cell))) }))
    .filter((c) => c.column > 1 && c.header);
  const areas = new Map(grid.areas.map((a) => [norm(String(a.name)), a.id]));

  const cells = [];
  const rowsOut = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const label = text(row[1]).trim();
    if (!label) continue;
    const whole = WHOLE.has(norm(label));
    const areaId = whole ? null : (areas.get(norm(label)) ?? undefined);
    rowsOut.push({
      row: r,
      label,
      areaId: areaId === undefined ? null : areaId,
      known: areaId !== undefined,
    });
    for (const { column, indicator } of columns) {
      const raw = text(row[column]).trim();
      if (!indicator || raw === '') continue;
      const value = parseNumber(raw) ?? null;
      const error = cellError(indicator, areaId, value);
      cells.push({ row: r, column, indicatorId: indicator.id, areaId: areaId ?? null, raw, value, error });
    }
  }
  return {
    columns: columns.map(({ column, header: h, indicator }) => ({
      column,
      header: h,
      indicatorId: indicator?.id ?? null,
    })),
    rows: rowsOut,
    cells,
    errors: cells.filter((c) => c.error).length,
  };
}
