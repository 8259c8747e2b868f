import { UNIT_LABELS, WHOLE_PROGRAMME } from '../../domain/labels';
import { PERCENT, statusFill, tableSheet, type Book } from '../format';
import type { ReportData } from '../reportData';

const STATUS = { met: 'Opfyldt', notMet: 'Ikke opfyldt', noData: 'Ingen data' } as const;
const METHOD = {
  sum: 'Sum af områderne',
  weightedByHouseholds: 'Gennemsnit vægtet efter husstande',
  mean: 'Gennemsnit',
} as const;

/** KPI: a row per area and indicator and one for the programme; rates as real percentages. */
export function kpiSheet(book: Book, data: ReportData) {
  const rows: Record<string, unknown>[] = [];
  for (const { indicator, rows: areas, total } of data.kpi.indicators) {
    const scale = indicator.unit === 'percent' ? 0.01 : 1;
    const n = (v: number | null) => (v === null ? null : v * scale);
    const line = (place: string, a: (typeof areas)[number] | typeof total, method: string | null) => {
      rows.push({
        indicator: indicator.name,
        place,
        unit: UNIT_LABELS[indicator.unit === 'percent' ? 'percent' : 'count'],
        direction: indicator.direction === 'lower' ? 'Lavere er bedre' : 'Højere er bedre',
        baselineYear: indicator.baselineYear,
        baseline: n(a.baseline),
        target: n(a.target),
        actual: n(a.actual),
        change: n(a.change),
        status: STATUS[a.status],
        method,
        source: indicator.dataSource ?? '',
        percent: indicator.unit === 'percent',
      });
    };
    for (const area of areas) line(area.name ?? WHOLE_PROGRAMME, area, null);
    if (indicator.perArea) line(WHOLE_PROGRAMME, total, METHOD[total.method]);
  }
  tableSheet(
    book,
    'KPI',
    [
      { header: 'Indikator', key: 'indicator', width: 34 },
      { header: 'Boligområde', key: 'place', width: 24 },
      { header: 'Enhed', key: 'unit', width: 10 },
      { header: 'Retning', key: 'direction', width: 16 },
      { header: 'Basisår', key: 'baselineYear', width: 9 },
      { header: 'Basisværdi', key: 'baseline', width: 12 },
      { header: `Mål ${data.period.label}`, key: 'target', width: 12 },
      { header: `Faktisk ${data.period.label}`, key: 'actual', width: 12 },
      { header: 'Ændring ift. basis', key: 'change', width: 14 },
      { header: 'Status', key: 'status', width: 14 },
      { header: 'Beregning af helhedsplanens tal', key: 'method', width: 30 },
      { header: 'Datakilde', key: 'source', width: 50 },
    ],
    rows,
    {
      style: (row, source) => {
        for (const col of [6, 7, 8, 9]) row.getCell(col).numFmt = source.percent ? PERCENT : '0.##';
        const status = source.status;
        statusFill(
          row.getCell(10),
          status === STATUS.met ? 'met' : status === STATUS.notMet ? 'notMet' : 'noData',
        );
      },
    },
  );
}
