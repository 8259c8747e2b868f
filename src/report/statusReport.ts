import ExcelJS from 'exceljs';
import { PassThrough, type Writable } from 'node:stream';
import type { Db, Period } from '../domain/statistics/period';
import { reportData, type ReportOptions } from './reportData';
import { activitiesSheet } from './sheets/activities';
import { incidentsSheet } from './sheets/incidents';
import { kpiSheet } from './sheets/kpi';
import { overviewSheet } from './sheets/overview';
import { participantsSheet } from './sheets/participants';
import { plansSheet } from './sheets/plans';
import { reportingSheet } from './sheets/reporting';

/** Writes the yearly status workbook for the annual status meeting to `output`, sheets in the agreed order. */
export async function writeStatusReport(
  db: Db,
  period: Period,
  options: ReportOptions,
  output: Writable,
): Promise<void> {
  const data = reportData(db, period, options);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = options.madeBy;
  book.created = options.now;
  book.modified = options.now;
  (book as unknown as { title: string }).title =
    `Årsrapport ${period.label} – ${String(period.programme.name)}`;
  overviewSheet(book, data);
  kpiSheet(book, data);
  incidentsSheet(book, data);
  plansSheet(book, data);
  participantsSheet(book, data);
  activitiesSheet(book, data);
  reportingSheet(book, data);
  await book.commit();
}

/** The workbook as bytes, for tests and small callers. */
export async function statusReportBuffer(db: Db, period: Period, options: ReportOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => sink.on('end', resolve));
  await writeStatusReport(db, period, options, sink);
  await done;
  return Buffer.concat(chunks);
}
