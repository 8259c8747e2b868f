import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** How LibreOffice reads one cell back: its type as exceljs names it, and its value. */
export interface ReadCell {
  type: 'formula' | 'date' | 'number' | 'string' | 'other';
  value: unknown;
}

/**
 * A CSV opened as Danish LibreOffice opens it — semicolons, double quotes, UTF-8, language
 * Danish (1030) — and saved as a workbook, read back with exceljs, row by row. Each run
 * has its own profile (and HOME), so parallel runs do not wait on one another's lock.
 */
export async function openCsvInLibreOffice(csv: string | Buffer): Promise<ReadCell[][]> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-lo-'));
  try {
    fs.writeFileSync(path.join(dir, 'export.csv'), csv);
    await promisify(execFile)(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:59,34,76,1,,1030',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        path.join(dir, 'export.csv'),
      ],
      { env: { ...process.env, HOME: dir }, timeout: 60_000 },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'export.xlsx'));
    const rows: ReadCell[][] = [];
    book.worksheets[0]!.eachRow((row, r) => {
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = readCell(cell)));
      rows[r - 1] = cells;
    });
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readCell(cell: ExcelJS.Cell): ReadCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return { type: 'formula', value: cell.formula };
    case ExcelJS.ValueType.Date:
      return { type: 'date', value: cell.value };
    case ExcelJS.ValueType.Number:
      return { type: 'number', value: cell.value };
    case ExcelJS.ValueType.String:
      return { type: 'string', value: cell.value };
    default:
      return { type: 'other', value: cell.value };
  }
}
