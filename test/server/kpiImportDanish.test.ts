import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { startServer, type Client, type TestServer } from '../support/server';

// Files as other tools make them: Excel's shared or inline strings, number formats and
// cached formula results; CSVs from Danish Excel in its encodings and separators.

let server: TestServer;
let editor: Client;
beforeAll(async () => {
  server = await startServer({ seed: kpiFixture });
  editor = await server.as('editor');
});
afterAll(() => server.close());

const upload = (filename: string, content: Buffer | string, year = 2019) =>
  editor.post(`/api/kpi/import?programmeId=1&year=${year}`, {
    filename,
    content: Buffer.from(content).toString('base64'),
  });

type Preview = {
  rows: { row: number; label: string; areaId: number | null }[];
  cells: {
    row: number;
    indicatorId: number;
    areaId: number | null;
    raw: string;
    value: number | null;
    error: string | null;
  }[];
};

/** The preview's cells as [row label, indicator code, value, error]. */
function figures(body: Preview) {
  const codes: Record<number, string> = { 1: 'klager', 2: 'fraflytning', 3: 'tryg' };
  return body.cells.map((c) => [
    body.rows.find((r) => r.row === c.row)!.label,
    codes[c.indicatorId],
    c.value,
    c.error,
  ]);
}

type Strings = 'shared' | 'inline' | 'str';

/**
 * A workbook with its strings as Excel saves them (shared), as streaming writers and
 * other tools do (`inlineStr` cells), or as exceljs's streaming writer does (`str`).
 */
async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void, strings: Strings = 'shared') {
  if (strings === 'str') {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    fill(book.addWorksheet('Ark1') as unknown as ExcelJS.Worksheet);
    await book.commit();
    return Buffer.concat(chunks);
  }
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Ark1'));
  const file = Buffer.from(await book.xlsx.writeBuffer());
  return strings === 'shared' ? file : inlineStrings(file);
}

/** The same workbook with every shared string written into its cell as an inline string. */
async function inlineStrings(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
  const texts = [...shared.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file(
    'xl/worksheets/sheet1.xml',
    sheet.replace(
      /<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g,
      (_, ref, style = '', n) =>
        `<c r="${ref}"${style} t="inlineStr"><is><t>${texts[Number(n)]}</t></is></c>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('xlsx cells read as the spreadsheet means them', () => {
  it.each([
    ['shared strings', 'shared', 't="s"'],
    ['inline strings', 'inline', 't="inlineStr"'],
    ['str cells', 'str', 't="str"'],
  ] as const)('a percent-formatted number is a percentage, with %s', async (_, strings, marker) => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Boligområde', 'klager', 'fraflytning']);
      sheet.addRow(['Ellekonebakken', 24, 0.25]).getCell(3).numFmt = '0%';
      sheet.addRow(['Østervang', 3000, 0.155]).getCell(3).numFmt = '0.0%';
      const third = sheet.addRow(['Åbakken', 0.25, 19.5]);
      third.getCell(2).numFmt = '0%';
      third.getCell(2 + 1).numFmt = '0.0';
    }, strings);
    // The file holds its strings the way the case says.
    const sheetXml = await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml.match(/<c r="A3"[^>]*>/)![0]).toContain(marker);

    const res = await upload('tal.xlsx', file);
    expect(res.status).toBe(200);
    expect(figures(res.body)).toEqual([
      ['Ellekonebakken', 'klager', 24, null],
      ['Ellekonebakken', 'fraflytning', 25, null],
      ['Østervang', 'klager', 3000, null],
      ['Østervang', 'fraflytning', 15.5, null],
      ['Åbakken', 'klager', null, 'Cellen er en procent, men indikatoren tæller et antal'],
      ['Åbakken', 'fraflytning', 19.5, null],
    ]);
  });

  it('takes a formula’s cached result, and says what to do when there is none', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Boligområde', 'klager', 'fraflytning']);
      const first = sheet.addRow([
        'Ellekonebakken',
        { formula: '20+5', result: 25 },
        { formula: 'B2/100', result: 0.25 },
      ]);
      first.getCell(3).numFmt = '0%';
      sheet.addRow(['Østervang', { formula: 'B2*2' }, { formula: '1/0', result: { error: '#DIV/0!' } }]);
      sheet.addRow(['Åbakken', new Date(Date.UTC(2019, 11, 24)), '']);
    });
    const res = await upload('tal.xlsx', file);
    expect(res.status).toBe(200);
    expect(figures(res.body)).toEqual([
      ['Ellekonebakken', 'klager', 25, null],
      ['Ellekonebakken', 'fraflytning', 25, null],
      ['Østervang', 'klager', null, 'Formlen har ingen gemt værdi: åbn filen i Excel, gem den, og prøv igen'],
      ['Østervang', 'fraflytning', null, 'Fejl i cellen (#DIV/0!)'],
      ['Åbakken', 'klager', null, 'En dato, ikke et tal'],
    ]);
    expect(JSON.stringify(res.body)).not.toContain('[object Object]');
  });

  it('a text cell is read by the Danish number rule, not as JavaScript would', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Boligområde', 'klager', 'fraflytning']);
      sheet.addRow(['Ellekonebakken', '3.000', '19,5 %']);
      sheet.addRow(['Østervang', '12.2020', '1.12']);
    });
    const res = await upload('tal.xlsx', file);
    expect(figures(res.body)).toEqual([
      ['Ellekonebakken', 'klager', 3000, null],
      ['Ellekonebakken', 'fraflytning', 19.5, null],
      ['Østervang', 'klager', null, 'Ligner en dato, ikke et tal'],
      [
        'Østervang',
        'fraflytning',
        null,
        'Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (1,12)',
      ],
    ]);
  });
});

const DANISH_CSV =
  'Boligområde;klager;fraflytning;Bemærkning\r\n' +
  'Ellekonebakken;3.000;19,5 %;Tal fra EG-bolig, foreløbige, ikke revideret\r\n' +
  'Østervang;10.000;12,25;\r\n' +
  'Åbakken;2.500;7;"Oplyst af ""BL"", 2019"\r\n';

const DANISH_FIGURES = [
  ['Ellekonebakken', 'klager', 3000, null],
  ['Ellekonebakken', 'fraflytning', 19.5, null],
  ['Østervang', 'klager', 10000, null],
  ['Østervang', 'fraflytning', 12.25, null],
  ['Åbakken', 'klager', 2500, null],
  ['Åbakken', 'fraflytning', 7, null],
];

describe('CSV read through a parser, every cell as text, then as a Danish number', () => {
  it.each([
    ['UTF-8', Buffer.from(DANISH_CSV, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DANISH_CSV, 'utf8')])],
    ['Windows-1252', iconv.encode(DANISH_CSV, 'win1252')],
    ['UTF-16 with BOM', iconv.encode(DANISH_CSV, 'utf-16le', { addBOM: true })],
  ])('reads %s: æøå, thousand points, decimal commas, commas in a text column', async (_, bytes) => {
    const res = await upload('tal.csv', bytes);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toEqual([
      'Ellekonebakken',
      'Østervang',
      'Åbakken',
    ]);
    expect(figures(res.body)).toEqual(DANISH_FIGURES);
    expect(res.body.columns.map((c: { header: string }) => c.header)).toEqual([
      'klager',
      'fraflytning',
      'Bemærkning',
    ]);
  });

  it('sniffs a tab or a comma as the separator, and honours quotes', async () => {
    const tab = DANISH_CSV.replaceAll(';', '\t').replace('"Oplyst af ""BL"", 2019"', 'BL');
    expect(figures((await upload('tal.csv', tab)).body)).toEqual(DANISH_FIGURES);
    const comma =
      'Boligområde,klager,fraflytning\n' + 'Ellekonebakken,"3.000","19,5 %"\n' + 'Østervang,10.000,"12,25"\n';
    expect(figures((await upload('tal.csv', comma)).body)).toEqual(DANISH_FIGURES.slice(0, 4));
  });

  it('refuses a date-like text and a point that is not a thousand separator, with the reason', async () => {
    const csv = 'Boligområde;klager;fraflytning\nEllekonebakken;12.2020;1.12\nØstervang;24.04.2025;3.5\n';
    expect(figures((await upload('tal.csv', csv)).body)).toEqual([
      ['Ellekonebakken', 'klager', null, 'Ligner en dato, ikke et tal'],
      [
        'Ellekonebakken',
        'fraflytning',
        null,
        'Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (1,12)',
      ],
      ['Østervang', 'klager', null, 'Ligner en dato, ikke et tal'],
      [
        'Østervang',
        'fraflytning',
        null,
        'Punktum står kun mellem tusinder i danske tal; skriv decimaler med komma (3,5)',
      ],
    ]);
  });
});

describe('clear refusals', () => {
  it('flags two rows for one area on both, and saves neither', async () => {
    const csv = 'Boligområde;klager\nEllekonebakken;24\nØstervang;3\nellekonebakken ;25\n';
    const res = await upload('tal.csv', csv);
    expect(figures(res.body)).toEqual([
      ['Ellekonebakken', 'klager', 24, 'Boligområdet står i flere rækker'],
      ['Østervang', 'klager', 3, null],
      ['ellekonebakken', 'klager', 25, 'Boligområdet står i flere rækker'],
    ]);
    expect(res.body.errors).toBe(2);
  });

  it('answers 400 naming the expected indicator codes and areas when no column matches', async () => {
    const res = await upload('tal.csv', 'Område;Antal klager;Procent\nEllekonebakken;24;19\n');
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('klager, fraflytning, tryg');
    expect(res.body.message).toContain('Ellekonebakken, Østervang, Åbakken, Zinkgården');
    expect(res.body.errors.file).toContain('klager, fraflytning, tryg');
  });

  it('echoes at most 200 characters of a cell', async () => {
    const long = 'x'.repeat(5_000);
    const res = await upload('tal.csv', `Boligområde;klager\nEllekonebakken;${long}\n${long};3\n`);
    expect(res.status).toBe(200);
    expect(res.body.cells[0].raw).toBe(`${'x'.repeat(200)}…`);
    expect(res.body.rows[1].label).toBe(`${'x'.repeat(200)}…`);
    expect(JSON.stringify(res.body).length).toBeLessThan(3_000);
  });
});

describe('the status workbook’s KPI sheet', () => {
  it('re-imports to exactly the figures it was made from', async () => {
    const admin = await server.as('admin');
    const figures2019 = [
      { indicatorId: 1, areaId: 1, value: 3125 },
      { indicatorId: 1, areaId: 2, value: 7 },
      { indicatorId: 2, areaId: 1, value: 15.5 },
      { indicatorId: 2, areaId: 2, value: 0.1 },
      { indicatorId: 2, areaId: 3, value: 33.3 },
      { indicatorId: 3, areaId: null, value: 57.25 },
    ];
    for (const m of figures2019) {
      const res = await admin.post('/api/measurements', { ...m, year: 2019, source: null, note: null });
      expect(res.status).toBe(201);
    }
    const workbook = await fetch(`${server.url}/api/exports/status-report.xlsx?programmeId=1&year=2019`, {
      headers: { cookie: admin.cookie },
    });
    expect(workbook.status).toBe(200);
    const res = await upload('aarsrapport-viborg-2019.xlsx', Buffer.from(await workbook.arrayBuffer()));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBe(0);
    const read = res.body.cells.map((c: Preview['cells'][number]) => ({
      indicatorId: c.indicatorId,
      areaId: c.areaId,
      value: c.value,
    }));
    expect(read.sort(byPlace)).toEqual([...figures2019].sort(byPlace));
  });
});

const byPlace = (a: { indicatorId: number; areaId: number | null }, b: typeof a) =>
  a.indicatorId - b.indicatorId || (a.areaId ?? 0) - (b.areaId ?? 0);

describe('"Hent skabelon"', () => {
  it('lays out the programme’s areas and indicator names as the import reads them, and reads back filled in', async () => {
    const res = await fetch(`${server.url}/api/kpi/template.xlsx?programmeId=1&year=2018`, {
      headers: { cookie: editor.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="kpi-skabelon-viborg-2018.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('KPI 2018');
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['Boligområde', 'Beboerklagesager', 'Fraflytningsprocent', 'Voksne der føler sig trygge'],
      ['Ellekonebakken', 27],
      ['Østervang', 1],
      ['Åbakken'],
      ['Zinkgården'],
      ['Hele helhedsplanen'],
    ]);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(book.getWorksheet('Vejledning')!.getCell('C3').value).toBe('Procent (skriv 25 for 25 %)');

    // Filled in as Excel stores what is typed: "12,5" in a percent cell is 0.125.
    sheet.getCell('C2').value = 0.125;
    sheet.getCell('B4').value = 4;
    sheet.getCell('D6').value = 0.61;
    const filled = await upload(
      'kpi-skabelon-viborg-2018.xlsx',
      Buffer.from(await book.xlsx.writeBuffer()),
      2018,
    );
    expect(filled.status).toBe(200);
    expect(figures(filled.body)).toEqual([
      ['Ellekonebakken', 'klager', 27, null],
      ['Ellekonebakken', 'fraflytning', 12.5, null],
      ['Østervang', 'klager', 1, null],
      ['Åbakken', 'klager', 4, null],
      ['Hele helhedsplanen', 'tryg', 61, null],
    ]);

    // A template from before, with the indicators' codes across the header row, still imports.
    ['klager', 'fraflytning', 'tryg'].forEach((code, n) => (sheet.getRow(1).getCell(n + 2).value = code));
    const old = await upload(
      'kpi-skabelon-2018-gammel.xlsx',
      Buffer.from(await book.xlsx.writeBuffer()),
      2018,
    );
    expect(old.status).toBe(200);
    expect(figures(old.body)).toEqual(figures(filled.body));
  });

  it('is for those who enter figures', async () => {
    const board = await server.as('board');
    expect((await board.get('/api/kpi/template.xlsx?programmeId=1&year=2018')).status).toBe(403);
    expect((await server.anonymous().get('/api/kpi/template.xlsx?programmeId=1&year=2018')).status).toBe(401);
  });
});
