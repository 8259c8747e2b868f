import type { Period } from '../domain/statistics/period';

/** aarsrapport-viborg-2019.xlsx: the workbook's Danish file name, without æ, ø, å. */
export function reportFileName(period: Period): string {
  const slug = String(period.programme.municipality ?? period.programme.name)
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `aarsrapport-${slug}-${period.label.replace('/', '-')}.xlsx`;
}
