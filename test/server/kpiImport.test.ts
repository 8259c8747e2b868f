import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
beforeAll(async () => {
  server = await startServer({ seed: kpiFixture });
  editor = await server.as('editor');
});
afterAll(() => server.close());

const upload = (filename: string, content: Buffer | string) =>
  editor.post('/api/kpi/import?programmeId=1&year=2019', {
    filename,
    content: Buffer.from(content).toString('base64'),
  });

describe('importing a housing company’s figures', () => {
  it('reads an xlsx: areas by name, indicators by code or name, and marks every bad cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tal 2019');
    sheet.addRow(['Boligselskabet Viborg, opgørelse 2019']);
    sheet.addRow(['Område', 'klager', 'Fraflytningsprocent', 'Ukendt kolonne']);
    sheet.addRow(['Ellekonebakken', 25, '19,5 %', 'x']);
    sheet.addRow(['østervang ', 2.5, 120, '']);
    sheet.addRow(['Nørrebro', 3, 10, '']);
    sheet.addRow(['Hele helhedsplanen', 4, '', '']);
    const res = await upload('tal.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(
      res.body.columns.map((c: { header: string; indicatorId: number | null }) => [c.header, c.indicatorId]),
    ).toEqual([
      ['klager', 1],
      ['Fraflytningsprocent', 2],
      ['Ukendt kolonne', null],
    ]);
    const cell = (label: string, indicatorId: number) =>
      res.body.cells.find(
        (c: any) =>
          c.indicatorId === indicatorId && res.body.rows.find((r: any) => r.row === c.row).label === label,
      );
    expect(cell('Ellekonebakken', 1)).toMatchObject({ areaId: 1, value: 25, error: null });
    expect(cell('Ellekonebakken', 2)).toMatchObject({ value: 19.5, error: null });
    expect(cell('østervang', 1)).toMatchObject({ areaId: 2, error: 'Skal være et helt tal' });
    expect(cell('østervang', 2).error).toBe('En procent skal ligge mellem 0 og 100');
    expect(cell('Nørrebro', 1).error).toBe('Ukendt boligområde');
    expect(cell('Hele helhedsplanen', 1).error).toBe('Tallet hører til et boligområde');
    expect(res.body.errors).toBe(5);
    expect(server.readDb().measurements.filter((m: { year: number }) => m.year === 2019)).toEqual([]);
  });

  it('reads a Danish CSV with semicolons and decimal commas', async () => {
    const csv = 'Område;klager;fraflytning\nEllekonebakken;24;19,75\nÅbakken;ca. 5;17\n';
    const res = await upload('tal.csv', csv);
    expect(res.status).toBe(200);
    expect(res.body.cells.map((c: any) => [c.areaId, c.indicatorId, c.value, c.error])).toEqual([
      [1, 1, 24, null],
      [1, 2, 19.75, null],
      [3, 1, null, 'Ikke et tal'],
      [3, 2, 17, null],
    ]);
  });

  it('refuses what is not a spreadsheet, in Danish', async () => {
    expect((await upload('tal.pdf', 'x')).body.errors.file).toBe('Kun xlsx eller csv');
    const broken = await upload('tal.xlsx', 'dette er ikke et regneark');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Filen kunne ikke læses som et regneark (xlsx eller csv)');
    expect(
      (await (await server.as('board')).post('/api/kpi/import?programmeId=1&year=2019', {})).status,
    ).toBe(403);
  });
});
