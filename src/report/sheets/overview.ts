import { copenhagenDate } from '../../domain/copenhagenDay';
import { DATE, PERCENT, excelDate, tableSheet, type Book } from '../format';
import type { ReportData } from '../reportData';

/** Oversigt: the programme, the period, and the headline figures of the year. */
export function overviewSheet(book: Book, data: ReportData) {
  const { period, counts, response, kpi, plans } = data;
  const programme = period.programme;
  const activations = counts.byLevel.yellow + counts.byLevel.red;
  const rows: { topic: string; value: unknown; share?: number | null }[] = [
    { topic: 'Helhedsplan', value: programme.name },
    { topic: 'Kommune', value: programme.municipality },
    { topic: period.projectYear ? 'Projektår' : 'År', value: period.label },
    { topic: 'Periodens første dag', value: excelDate(period.from) },
    { topic: 'Periodens sidste dag', value: excelDate(period.to) },
    { topic: 'Boligområder', value: data.areas.map((a) => a.name).join(', ') },
    { topic: 'Udarbejdet', value: excelDate(copenhagenDate(data.options.now)) },
    { topic: 'Udarbejdet af', value: data.options.madeBy },
    { topic: 'Hændelser i alt (øvelser ikke medregnet)', value: counts.total },
    { topic: 'Heraf grønne', value: counts.byLevel.green },
    { topic: 'Heraf gule', value: counts.byLevel.yellow },
    { topic: 'Heraf røde', value: counts.byLevel.red },
    { topic: 'Aktiveringer af beredskabet (gul og rød)', value: activations },
    { topic: 'Beredskabsmøder holdt til tiden', value: response.onTime, share: response.shareOnTime },
    { topic: 'Beredskabsmøder holdt for sent', value: response.late },
    { topic: 'Beredskabsmøder ikke holdt efter fristen', value: response.overdue },
    {
      topic: 'Handleplaner startet i perioden',
      value: plans.filter((p) => p.startDate && p.startDate >= period.from).length,
    },
    { topic: 'Handleplaner aktive', value: plans.filter((p) => p.status === 'active').length },
    { topic: 'Handleplaner afsluttet', value: plans.filter((p) => p.status === 'ended').length },
    {
      topic: 'Handleplaner evalueret',
      value: plans.filter((p) => p.evaluation && (p.evaluation.worked || p.evaluation.changes)).length,
    },
    { topic: 'KPI-mål opfyldt', value: kpi.summary.met },
    { topic: 'KPI-mål ikke opfyldt', value: kpi.summary.notMet },
    { topic: 'KPI-mål uden data', value: kpi.summary.noData },
  ];
  if (counts.total === 0)
    rows.splice(9, 0, { topic: 'Bemærkning', value: 'Der var ingen hændelser i perioden.' });
  tableSheet(
    book,
    'Oversigt',
    [
      { header: 'Nøgletal', key: 'topic', width: 46 },
      { header: 'Værdi', key: 'value', width: 60 },
      { header: 'Andel', key: 'share', width: 12, numFmt: PERCENT },
    ],
    rows,
    {
      style: (row) => {
        const value = row.getCell(2);
        if (value.value instanceof Date) value.numFmt = DATE;
        value.alignment = { ...value.alignment, horizontal: 'left' };
      },
    },
  );
}
