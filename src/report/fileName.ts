import type { Period } from '../domain/statistics/period';

/** "viborg": the programme's municipality (or name) for a file name, without æ, ø, å. */
function slugOf(period: Period): string {
  return String(period.programme.municipality ?? period.programme.name)
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** aarsrapport-viborg-2019.xlsx: the workbook's Danish file name. */
export function reportFileName(period: Period): string {
  return `aarsrapport-${slugOf(period)}-${period.label.replace('/', '-')}.xlsx`;
}

/** kpi-skabelon-viborg-2019.xlsx: the import template's file name. */
export function templateFileName(period: Period): string {
  return `kpi-skabelon-${slugOf(period)}-${period.year}.xlsx`;
}
