import { DATE, excelDate, tableSheet, type Book } from '../format';
import { yesNo } from '../labels';
import type { ReportData } from '../reportData';

/** Deltagere: the contact list as of today; stale entries marked so the meeting updates them. */
export function participantsSheet(book: Book, data: ReportData) {
  const names = new Map(data.participants.map((p) => [p.id, p.name]));
  const rows = data.participants.map((p) => ({
    name: p.name,
    title: p.title,
    organisation: p.organisation,
    phone: p.phone ?? '',
    email: p.email ?? '',
    groups: p.responseGroups.map((g) => `Gruppe ${g}`).join(', '),
    deputyOf: p.deputyOfId ? (names.get(p.deputyOfId) ?? '') : '',
    press: yesNo(p.pressContact),
    signs: yesNo(p.signsPlan),
    verified: excelDate(p.lastVerifiedAt),
    stale: p.stale ? 'Skal bekræftes' : '',
  }));
  tableSheet(
    book,
    'Deltagere',
    [
      { header: 'Navn', key: 'name', width: 24 },
      { header: 'Stilling', key: 'title', width: 30 },
      { header: 'Organisation', key: 'organisation', width: 30 },
      { header: 'Telefon', key: 'phone', width: 14 },
      { header: 'E-mail', key: 'email', width: 30 },
      { header: 'Beredskabsgrupper', key: 'groups', width: 18 },
      { header: 'Suppleant for', key: 'deputyOf', width: 22 },
      { header: 'Pressekontakt', key: 'press', width: 13 },
      { header: 'Underskriver', key: 'signs', width: 12 },
      { header: 'Sidst bekræftet', key: 'verified', width: 14, numFmt: DATE },
      { header: 'Opfølgning', key: 'stale', width: 15 },
    ],
    rows,
    {
      style: (row, source) => {
        if (source.stale)
          row.getCell(11).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0B2' } };
      },
    },
  );
}
