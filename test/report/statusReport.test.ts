import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePeriod, type Db } from '../../src/domain/statistics/period';
import { reportFileName } from '../../src/report/fileName';
import { statusReportBuffer } from '../../src/report/statusReport';
import { kpiFixture } from '../support/kpiFixture';
import { startServer, type TestServer } from '../support/server';

const db = kpiFixture as unknown as Db;
const programme = (id: number) => db.programmes!.find((p) => p.id === id)!;
const now = new Date('2026-11-23T12:00:00Z');

/** Builds the workbook, writes it to bytes and reads those back, as Excel would get them. */
async function roundTrip(year: number, role: 'admin' | 'board' = 'admin', id = 1, at = now) {
  const bytes = await statusReportBuffer(db, makePeriod(programme(id), year, false), {
    role,
    madeBy: 'Test Person',
    now: at,
  });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes as unknown as ArrayBuffer);
  return read;
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const column = (sheet: ExcelJS.Worksheet, header: string) => headers(sheet).indexOf(header) + 1;

describe('the yearly status workbook', () => {
  it('has the seven sheets in order, each with a bold frozen header and an autofilter', async () => {
    const wb = await roundTrip(2019);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Oversigt',
      'KPI',
      'Hændelser',
      'Handleplaner',
      'Deltagere',
      'Aktiviteter',
      'Indberetninger',
    ]);
    for (const sheet of wb.worksheets) {
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    }
    expect(wb.creator).toBe('Test Person');
    expect(wb.title).toBe('Årsrapport 2019 – Helhedsplan Viborg Øst');
  });

  it('lists every incident of the year and none outside it, 23:30 on 31 December included', async () => {
    const sheet = (await roundTrip(2019)).getWorksheet('Hændelser')!;
    expect(headers(sheet).slice(0, 11)).toEqual([
      'Tidspunkt',
      'Boligområde',
      'Niveau',
      'Kategori',
      'Politisag',
      'Involverede',
      'Frist for møde',
      'Møde holdt',
      'Til tiden',
      'Handleplan',
      'Øvelse',
    ]);
    expect(sheet.rowCount).toBe(3);
    const when = sheet.getRow(3).getCell(1);
    expect(when.value).toBeInstanceOf(Date);
    expect(when.numFmt).toBe('dd.mm.yyyy hh:mm');
    // 22:30 UTC is 23:30 in Copenhagen: the wall clock the reader sees.
    expect((when.value as Date).toISOString()).toBe('2019-12-31T23:30:00.000Z');
    expect(sheet.getRow(3).getCell(3).value).toBe('Rødt');
    expect(sheet.getRow(2).getCell(9).value).toBe('Ja');
    expect(sheet.getRow(3).getCell(9).value).toBe('Nej');
    const next = (await roundTrip(2020)).getWorksheet('Hændelser')!;
    expect(next.getRow(2).getCell(2).value).toBe('Der var ingen hændelser i perioden.');
  });

  it('computes the KPI targets and statuses on the seed’s numbers, rates as real percentages', async () => {
    const sheet = (await roundTrip(2018)).getWorksheet('KPI')!;
    const row = (indicator: string, place: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === indicator && r.getCell(2).value === place) found = r;
      });
      return found!;
    };
    const elle = row('Beboerklagesager', 'Ellekonebakken');
    expect(elle.getCell(column(sheet, 'Basisværdi')).value).toBe(32);
    expect(elle.getCell(column(sheet, 'Mål 2018')).value).toBe(27.2);
    expect(elle.getCell(column(sheet, 'Status')).value).toBe('Opfyldt');
    expect((elle.getCell(column(sheet, 'Status')).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      'FFC8E6C9',
    );
    const oster = row('Beboerklagesager', 'Østervang');
    expect(oster.getCell(column(sheet, 'Mål 2018')).value).toBe(0);
    expect(oster.getCell(column(sheet, 'Status')).value).toBe('Ikke opfyldt');
    const total = row('Beboerklagesager', 'Hele helhedsplanen');
    expect(total.getCell(column(sheet, 'Beregning af helhedsplanens tal')).value).toBe('Sum af områderne');
    const turnover = row('Fraflytningsprocent', 'Ellekonebakken');
    const baseline = turnover.getCell(column(sheet, 'Basisværdi'));
    expect(baseline.value).toBeCloseTo(0.218, 6);
    expect(baseline.numFmt).toBe('0.0%');
    expect(turnover.getCell(column(sheet, 'Status')).value).toBe('Ingen data');
  });

  it('has no confidential column for a board member', async () => {
    const admin = (await roundTrip(2019, 'admin')).getWorksheet('Hændelser')!;
    const board = (await roundTrip(2019, 'board')).getWorksheet('Hændelser')!;
    expect(headers(admin)).toContain('Fortrolige noter');
    expect(headers(board)).not.toContain('Fortrolige noter');
    let text = '';
    board.eachRow((r) => (text += JSON.stringify(r.values)));
    expect(text).not.toContain('Hemmelig');
  });

  it('marks stale contacts and types dates as dates', async () => {
    const sheet = (await roundTrip(2025, 'admin', 2)).getWorksheet('Deltagere')!;
    const verified = column(sheet, 'Sidst bekræftet');
    const follow = column(sheet, 'Opfølgning');
    expect(sheet.getRow(2).getCell(verified).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(verified).numFmt).toBe('dd.mm.yyyy');
    const flags = [2, 3, 4].map((n) => sheet.getRow(n).getCell(follow).value ?? '');
    expect(flags).toEqual(['', 'Skal bekræftes', 'Skal bekræftes']);
  });

  it('still gives a valid workbook for an empty period, saying so', async () => {
    const wb = await roundTrip(2030, 'admin', 2);
    const overview = wb.getWorksheet('Oversigt')!;
    let said = false;
    overview.eachRow((r) => (said ||= r.getCell(2).value === 'Der var ingen hændelser i perioden.'));
    expect(said).toBe(true);
  });

  it('is dated the day it was made in Copenhagen: at 00.30 on 7 December, the 7th', async () => {
    // 23.30 UTC on the 6th: a date taken from the UTC clock would say 06.12.2026.
    const overview = (await roundTrip(2019, 'admin', 1, new Date('2026-12-06T23:30:00.000Z'))).getWorksheet(
      'Oversigt',
    )!;
    let made: ExcelJS.Cell | undefined;
    overview.eachRow((r) => {
      if (r.getCell(1).value === 'Udarbejdet') made = r.getCell(2);
    });
    expect(made?.value).toEqual(new Date(Date.UTC(2026, 11, 7)));
    expect(made?.numFmt).toBe('dd.mm.yyyy');
  });

  it('is named in Danish without special letters', () => {
    expect(reportFileName(makePeriod(programme(1), 2025, false))).toBe('aarsrapport-viborg-2025.xlsx');
    expect(reportFileName(makePeriod(programme(1), 2024, true))).toBe('aarsrapport-viborg-2024-25.xlsx');
  });
});

describe('the export route', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ seed: kpiFixture });
  });
  afterAll(() => server.close());

  it('sends a board member the workbook with a Danish file name, and records the export', async () => {
    const board = await server.as('board');
    const res = await fetch(`${server.url}/api/exports/status-report.xlsx?programmeId=1&year=2019`, {
      headers: { cookie: board.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="aarsrapport-viborg-2019.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(headers(wb.getWorksheet('Hændelser')!)).not.toContain('Fortrolige noter');
    const audit = await (await server.as('admin')).get('/api/auditLog?filter={"action":"export"}');
    expect(audit.body[0]).toMatchObject({ username: 'board', resource: 'programmes', recordId: 1 });
  });

  it('answers 400 for a bad year or programme, 404 for a missing one, 401 without a session', async () => {
    const editor = await server.as('editor');
    expect((await editor.get('/api/exports/status-report.xlsx?programmeId=1&year=abc')).status).toBe(400);
    expect((await editor.get('/api/exports/status-report.xlsx?year=2019')).status).toBe(400);
    expect((await editor.get('/api/exports/status-report.xlsx?programmeId=9&year=2019')).status).toBe(404);
    expect(
      (await server.anonymous().get('/api/exports/status-report.xlsx?programmeId=1&year=2019')).status,
    ).toBe(401);
  });
});
