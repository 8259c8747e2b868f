import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { Grid } from '../domain/kpiGrid';
import { indicatorHeadings } from '../domain/indicatorHeadings';
import { WHOLE_PROGRAMME } from '../domain/labels';
import { PERCENT } from './format';

/**
 * "Hent skabelon": the grid as the import reads it — indicator names across the header
 * row (src/domain/indicatorHeadings.ts), areas down the first column (and the programme as a whole for programme-wide
 * indicators), the year's figures already saved filled in, rates formatted as percent so
 * that Excel keeps "25" typed there as 25 %. A second sheet says what each indicator means.
 */
export async function writeKpiTemplate(grid: Grid, programmeName: string, out: Writable): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  book.creator = 'beredskab';
  const sheet = book.addWorksheet(`KPI ${grid.year}`, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = [
    { header: 'Boligområde', key: 'place', width: 28 },
    ...indicatorHeadings(grid.indicators).map((header, n) => ({
      header,
      key: `i${grid.indicators[n]!.id}`,
      width: Math.max(16, Math.min(40, header.length + 2)),
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  const value = (indicatorId: number, areaId: number | null, percent: boolean) => {
    const cell = grid.cells.find((c) => c.indicatorId === indicatorId && c.areaId === areaId);
    if (!cell) return null;
    return percent ? cell.value / 100 : cell.value;
  };
  const places: { id: number | null; name: string }[] = grid.areas.map((a) => ({
    id: a.id,
    name: String(a.name),
  }));
  if (grid.indicators.some((i) => !i.perArea)) places.push({ id: null, name: WHOLE_PROGRAMME });
  for (const place of places) {
    const row = sheet.addRow({
      place: place.name,
      ...Object.fromEntries(
        grid.indicators
          .filter((i) => Boolean(i.perArea) === (place.id !== null))
          .map((i) => [`i${i.id}`, value(i.id, place.id, i.unit === 'percent')]),
      ),
    });
    grid.indicators.forEach((i, n) => {
      row.getCell(n + 2).numFmt = i.unit === 'percent' ? PERCENT : '0';
    });
    row.commit();
  }
  sheet.commit();

  const guide = book.addWorksheet('Vejledning');
  guide.columns = [
    { header: 'Kode', key: 'code', width: 16 },
    { header: 'Indikator', key: 'name', width: 40 },
    { header: 'Enhed', key: 'unit', width: 34 },
    { header: 'Gælder', key: 'scope', width: 22 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const i of grid.indicators)
    guide
      .addRow({
        code: i.code,
        name: i.name,
        unit: i.unit === 'percent' ? 'Procent (skriv 25 for 25 %)' : 'Antal (hele tal)',
        scope: i.perArea ? 'Hvert boligområde' : WHOLE_PROGRAMME,
      })
      .commit();
  guide.addRow({}).commit();
  guide
    .addRow({
      code: `${programmeName}, ${grid.year}. Udfyld arket "KPI ${grid.year}", og importér det under Årets tal.`,
    })
    .commit();
  guide.commit();
  await book.commit();
}
