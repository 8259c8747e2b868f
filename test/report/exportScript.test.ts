import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kpiFixture } from '../support/kpiFixture';
import { runScript } from '../support/process';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes the same workbook from the command line', async () => {
    fs.writeFileSync(path.join(dir, 'db.json'), JSON.stringify(kpiFixture));
    const out = path.join(dir, 'rapport.xlsx');
    const res = await runScript('scripts/export.ts', ['--programme', '1', '--year', '2019', '--out', out], {
      DATA_DIR: dir,
    });
    expect(res.code).toBe(0);
    expect(res.output).toContain('Årsrapport for Helhedsplan Viborg Øst, 2019');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Oversigt',
      'KPI',
      'Hændelser',
      'Handleplaner',
      'Deltagere',
      'Aktiviteter',
      'Indberetninger',
    ]);
    expect(wb.getWorksheet('Hændelser')!.rowCount).toBe(3);
  });

  it('refuses a missing year or programme in Danish', async () => {
    const noYear = await runScript('scripts/export.ts', [], { DATA_DIR: dir });
    expect(noYear.code).toBe(1);
    expect(noYear.output).toContain('Brug: npm run export');
    const missing = await runScript('scripts/export.ts', ['--year', '2019', '--programme', '42'], {
      DATA_DIR: dir,
    });
    expect(missing.output).toContain('Helhedsplan 42 findes ikke');
  });
});
