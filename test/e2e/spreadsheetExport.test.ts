import fs from 'node:fs';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { openCsvInLibreOffice, type ReadCell } from '../support/libreoffice';
import { asUserOn, visible } from './helpers';

// The panel's "Eksportér", downloaded from the browser and opened in LibreOffice headless as
// a Danish user opens it: hostile text stays text, dates are dates.

const HYPERLINK = '=HYPERLINK("http://evil.example/","Klik her")';
const LEJERBO = '=Lejerbo Afd. 1034';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

/** The list's "Eksportér", opened in LibreOffice: its header and rows of cells. */
async function exportedSheet(page: Page): Promise<{ header: unknown[]; rows: ReadCell[][] }> {
  await visible(page.getByRole('button', { name: 'Eksportér' }));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const [header, ...rows] = await openCsvInLibreOffice(fs.readFileSync(await (await download).path()));
  return { header: header!.map((c) => c.value), rows };
}

/** A stored instant as the spreadsheet's date: Copenhagen's wall time (exceljs reads it as UTC). */
const wallTime = (iso: string) =>
  new Date(`${DateTime.fromISO(iso).setZone('Europe/Copenhagen').toFormat("yyyy-LL-dd'T'HH:mm")}:00.000Z`);

describe('CSV exports in a spreadsheet', () => {
  it(
    "shows a login name that is a formula as text in the audit log's export, and its time as a date",
    { timeout: 90_000 },
    async () => {
      // A refused login is audited with the name typed: anyone can put text in the log.
      const refused = await fetch(`${panel.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: HYPERLINK, password: 'forkert' }),
      });
      expect(refused.status).toBe(401);
      const entry = panel.server.store.audit().find((e) => e.username === HYPERLINK)!;
      expect(entry).toBeDefined();
      await asUserOn(panel, 'admin', '#/auditLog', 'spreadsheet-audit', async (page) => {
        const { header, rows } = await exportedSheet(page);
        const user = header.indexOf('Bruger');
        const at = header.indexOf('Tidspunkt');
        const row = rows.find((r) => String(r[user]?.value).includes('HYPERLINK'))!;
        expect(row[user]).toEqual({ type: 'string', value: `'${HYPERLINK}` });
        expect(row[at]).toEqual({ type: 'date', value: wallTime(entry.at) });
        expect(rows.flat().filter((c) => c.type === 'formula')).toEqual([]);
      });
    },
  );

  it(
    'shows a description that is a formula as text in the incident export, and every time as a date',
    { timeout: 90_000 },
    async () => {
      const admin = await panel.server.as('admin');
      const incident = (await admin.get('/api/incidents/40')).body;
      expect((await admin.put('/api/incidents/40', { ...incident, description: LEJERBO })).status).toBe(200);
      await asUserOn(panel, 'admin', '#/incidents', 'spreadsheet-incidents', async (page) => {
        const { header, rows } = await exportedSheet(page);
        const row = rows.find((r) => r[0]?.value === 40)!;
        expect(row[header.indexOf('Beskrivelse')]).toEqual({ type: 'string', value: `'${LEJERBO}` });
        expect(row[header.indexOf('Tidspunkt')]).toEqual({
          type: 'date',
          value: wallTime(incident.occurredAt),
        });
        expect(rows.flat().filter((c) => c.type === 'formula')).toEqual([]);
        const times = rows.map((r) => r[header.indexOf('Tidspunkt')]!);
        expect(times.every((c) => c.type === 'date')).toBe(true);
      });
    },
  );
});
