import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/admin/i18n/da';
import { danishCsv, type CsvColumn } from '../../src/admin/export/danishCsv';
import { openCsvInLibreOffice } from '../support/libreoffice';

// The panel's CSV export, as its exporter writes it, opened by LibreOffice in Danish.

const translate = polyglotI18nProvider(() => da, 'da').translate;

const HOSTILE = [
  '=Lejerbo Afd. 1034',
  '=HYPERLINK("http://evil.example/","Klik her")',
  '+45 12 34 56 78',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

const columns: CsvColumn[] = [
  { source: 'description' },
  { source: 'occurredAt', type: 'instant' },
  { source: 'endDate', type: 'day' },
  { source: 'involvedCount', type: 'number' },
];

const records = HOSTILE.map((description, i) => ({
  id: i + 1,
  description,
  // 3 December 2026 10.30 in Copenhagen (UTC+1 in winter).
  occurredAt: '2026-12-03T09:30:00.000Z',
  endDate: '2026-12-03',
  involvedCount: -2.5,
}));

describe('a list exported as CSV and opened in LibreOffice (da-DK)', () => {
  it('shows every cell that could start a formula as text, and the times and days as dates', async () => {
    const csv = danishCsv('incidents', columns, records, new Map(), translate);
    const [header, ...rows] = await openCsvInLibreOffice(csv);
    expect(header!.map((c) => c.value)).toEqual(['Beskrivelse', 'Tidspunkt', 'endDate', 'Antal involverede']);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const [i, row] of rows.entries()) {
      const [text, at, day, count] = row;
      // LibreOffice keeps a line break within a cell as LF.
      expect(text, HOSTILE[i]).toEqual({ type: 'string', value: `'${HOSTILE[i]!.replace('\r', '\n')}` });
      expect(at).toEqual({ type: 'date', value: new Date('2026-12-03T10:30:00.000Z') });
      expect(day).toEqual({ type: 'date', value: new Date('2026-12-03T00:00:00.000Z') });
      expect(count).toEqual({ type: 'number', value: -2.5 });
    }
  });

  it('writes dates as 03-12-2026 10:30, and harmless text as it is', () => {
    const csv = danishCsv(
      'incidents',
      columns,
      [{ ...records[0]!, description: 'Lejerbo Afd. 1034; "Nørrevang"' }],
      new Map(),
      translate,
    );
    expect(csv.split('\r\n')[1]).toBe('"Lejerbo Afd. 1034; ""Nørrevang""";03-12-2026 10:30;03-12-2026;-2,5');
  });
});
