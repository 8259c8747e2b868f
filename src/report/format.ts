import type ExcelJS from 'exceljs';
import { COPENHAGEN_ZONE, copenhagenDate } from '../domain/copenhagenDay';

export const DATE = 'dd.mm.yyyy';
export const DATE_TIME = 'dd.mm.yyyy hh:mm';
export const PERCENT = '0.0%';

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: COPENHAGEN_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An Excel date for an instant, as the wall clock in Copenhagen shows it: Excel dates
 * carry no zone, so 23:30 on 31 December stays on 31 December for the reader.
 */
export function excelDateTime(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const instant = new Date(iso);
  const [y, m, d] = copenhagenDate(instant).split('-').map(Number) as [number, number, number];
  const [h, min] = TIME.format(instant).split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, h, min));
}

/** An Excel date for a calendar date (YYYY-MM-DD). */
export function excelDate(date: string | null | undefined): Date | null {
  if (!date) return null;
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

export type Book = ExcelJS.stream.xlsx.WorkbookWriter;

const LINE_HEIGHT = 15;

/**
 * Wraps text longer than its column and makes the row tall enough for it: the streaming
 * writer leaves row heights to the reader, and LibreOffice would draw long text over
 * the next row.
 */
function fitText(row: ExcelJS.Row, columns: Column[]) {
  let lines = 1;
  columns.forEach((c, i) => {
    const value = row.getCell(i + 1).value;
    if (typeof value !== 'string' || value.length <= c.width) return;
    row.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
    lines = Math.max(lines, Math.ceil(value.length / Math.max(1, c.width - 2)));
  });
  if (lines > 1) row.height = Math.min(lines, 8) * LINE_HEIGHT;
}
type Source = Record<string, unknown>;

/**
 * A sheet as the status meeting reads it: bold frozen header, autofilter over the
 * table, set widths and formats, landscape A4, one page wide. Rows are written and
 * committed one by one (the streaming writer), so a year of 10,000 incidents stays small
 * in memory; `style` dresses a row before it is committed, `empty` is written when there
 * are no rows.
 */
export function tableSheet(
  book: Book,
  name: string,
  columns: Column[],
  rows: Source[],
  options: { style?: (row: ExcelJS.Row, source: Source) => void; empty?: Source } = {},
) {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const source of rows) {
    const row = sheet.addRow(source);
    row.alignment = { vertical: 'top' };
    columns.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
    });
    fitText(row, columns);
    options.style?.(row, source);
    row.commit();
  }
  if (rows.length === 0 && options.empty) sheet.addRow(options.empty).commit();
  sheet.commit();
}

const FILLS = { met: 'FFC8E6C9', notMet: 'FFFFCDD2', noData: 'FFE0E0E0' } as const;

/** Fills a status cell green, red or grey, with the status in words for those who cannot see colour. */
export function statusFill(cell: ExcelJS.Cell, status: keyof typeof FILLS) {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[status] } };
}
