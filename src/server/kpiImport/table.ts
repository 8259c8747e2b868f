import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeText } from './decode';
import { assertUnpackedSize } from './unpacked';

/**
 * One cell as the file holds it: its text, and for a spreadsheet's number cell the number
 * and whether its format shows it as a percentage (Excel stores 25 % as 0.25).
 */
export interface RawCell {
  text: string;
  number?: number;
  percentFormat?: boolean;
  /** Why the cell holds no figure at all (a formula without a saved value, a date). */
  problem?: string;
}

/** A sheet's rows of cells, first row first; what the layouts are looked for in. */
export type Table = RawCell[][];

const SEPARATORS = [';', '\t', ','] as const;

/** The separator of the header and first lines: the one that splits them alike, `;` first (the comma is the decimal mark). */
function sniffSeparator(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 6);
  const outsideQuotes = (line: string, sep: string) => line.replace(/"[^"]*"/g, '').split(sep).length - 1;
  for (const sep of SEPARATORS) {
    const counts = lines.map((l) => outsideQuotes(l, sep));
    if (counts[0]! > 0 && counts.every((c) => c === counts[0])) return sep;
  }
  return SEPARATORS.find((sep) => lines.some((l) => outsideQuotes(l, sep) > 0)) ?? ';';
}

export function csvTable(bytes: Buffer): Table {
  const text = decodeText(bytes);
  const rows = parse(text, {
    delimiter: sniffSeparator(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as string[][];
  return rows.map((row) => row.map((text) => ({ text })));
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value;
  const percentFormat = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: cell.text || String(value), number: value, percentFormat };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: String(value), problem: 'Ikke et tal' };
  if (value instanceof Date) return { text: cell.text, problem: 'En dato, ikke et tal' };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null)
      return {
        text: `=${String((value as { formula?: string }).formula ?? '')}`,
        problem: 'Formlen har ingen gemt værdi: åbn filen i Excel, gem den, og prøv igen',
      };
    if (typeof result === 'number')
      return { text: cell.text || String(result), number: result, percentFormat };
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { text: String(result.error), problem: `Fejl i cellen (${String(result.error)})` };
    return { text: String(result) };
  }
  if ('error' in value)
    return { text: String(value.error), problem: `Fejl i cellen (${String(value.error)})` };
  if ('text' in value) return { text: String(value.text) };
  return { text: cell.text, problem: 'Ikke et tal' };
}

/** Every sheet of a workbook as a table, in order. */
export async function xlsxTables(bytes: Buffer): Promise<{ name: string; table: Table }[]> {
  await assertUnpackedSize(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const table: Table = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: RawCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(rawCell(row.getCell(c)));
      table[number - 1] = cells;
    });
    return { name: sheet.name, table: Array.from(table, (r) => r ?? []) };
  });
}
