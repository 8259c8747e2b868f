import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WITHOUT_SERVICE_WORKER, startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { apiResponse, asUser, asUserOn, gone, visible } from './helpers';
import { pdfTexts } from './pdfText';

interface SeedIncident {
  id: number;
  areaId: number;
  occurredAt: string;
  description: string;
  involvedCount: number | null;
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  incidents: SeedIncident[];
  areas: { id: number; name: string }[];
};
const INCIDENT_40 = seed.incidents.find((i) => i.id === 40)!;

/** 26-10-2026 21:00: Copenhagen time as Danish Excel reads it as a date, written independently of the panel. */
const excelTime = (iso: string) =>
  DateTime.fromISO(iso).setZone('Europe/Copenhagen').toFormat('dd-LL-yyyy HH:mm');

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const asAdmin = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'admin', name, body);

/** The list's "Eksportér" as the bytes of the downloaded file. */
async function exportCsv(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér' }).click();
  const file = await (await download).path();
  return fs.readFileSync(file);
}

describe('the rough edges a new user hits', () => {
  it(
    'starts a plan from an incident with its situation, and then offers to open it',
    { timeout: 60_000 },
    () =>
      asAdmin('rough-plan-from-incident', async (page) => {
        await page.goto(`${panel.server.url}/#/incidents/40/show`);
        await visible(page.getByRole('heading', { name: 'Handleplaner' }));
        const created = apiResponse(page, 'POST', /^\/actionPlans$/);
        await page.getByRole('button', { name: 'Opret handleplan' }).click();
        const plan = (await (await created).json()) as { id: number; situation: Record<string, unknown> };
        expect(plan.situation).toEqual({
          description: INCIDENT_40.description,
          involvedCount: INCIDENT_40.involvedCount,
          escalationRisk: 'high',
        });
        await page.waitForURL(new RegExp(`#/actionPlans/${plan.id}\\?step=1$`));
        await expect
          .poll(() => page.getByLabel('Beskrivelse af situationen').inputValue())
          .toBe(INCIDENT_40.description);
        expect(await page.getByLabel('Antal involverede').inputValue()).toBe(
          String(INCIDENT_40.involvedCount),
        );
        await visible(
          page.getByRole('combobox', { name: /Risiko for eskalering/ }).filter({ hasText: 'Høj' }),
        );

        // Back on the incident, its draft comes first; a second plan needs a deliberate choice.
        await page.goto(`${panel.server.url}/#/incidents/40/show`);
        await visible(page.getByRole('button', { name: 'Åbn handleplanen' }));
        expect(await page.getByRole('button', { name: 'Opret handleplan', exact: true }).count()).toBe(0);
        await page.getByRole('button', { name: 'Opret endnu en handleplan' }).click();
        const dialog = page.getByRole('dialog');
        await visible(dialog.getByText('Hændelsen har allerede en handleplan'));
        await dialog.getByRole('button', { name: 'Annuller' }).click();
        await gone(dialog);
        await page.getByRole('button', { name: 'Åbn handleplanen' }).click();
        await page.waitForURL(new RegExp(`#/actionPlans/${plan.id}/show$`));
      }),
  );

  it('offers "Åbn handleplanen" first on an incident with an active plan', { timeout: 60_000 }, () =>
    asAdmin('rough-open-plan', async (page) => {
      await page.goto(`${panel.server.url}/#/incidents/38/show`);
      await visible(page.getByRole('button', { name: 'Åbn handleplanen' }));
      await page.getByRole('button', { name: 'Åbn handleplanen' }).click();
      await page.waitForURL(/#\/actionPlans\/1\/show$/);
      // At 1440 px the interventions' last column, the phone, fits beside the plan's aside.
      await page.setViewportSize({ width: 1440, height: 900 });
      const table = page.getByRole('region', { name: /^Indsatser/ });
      await visible(table.getByRole('columnheader', { name: 'Telefon' }));
      expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    }),
  );

  it('takes the meeting time from the log entry marked as the meeting', { timeout: 60_000 }, async () => {
    const admin = await panel.server.as('admin');
    const hourAgo = new Date(panel.server.clock().getTime() - 3_600_000).toISOString();
    const res = await admin.post('/api/incidents', {
      programmeId: 2,
      areaId: 10,
      occurredAt: hourAgo,
      level: 'red',
      category: 'threatsAgainstStaff',
      activatedBy: 'police',
      description: 'Trusler mod en medarbejder i gården',
    });
    expect(res.status).toBe(201);
    const id = (res.body as { id: number }).id;
    await asAdmin('rough-meeting', async (page) => {
      await page.goto(`${panel.server.url}/#/incidents/${id}/show`);
      await visible(page.getByText('Afventer møde', { exact: true }));
      await page.getByRole('button', { name: 'Tilføj logpost' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Hvad skete der/).fill('Beredskabsmødet holdt på kontoret');
      await dialog.getByLabel('Dette var beredskabsmødet').check();
      const created = apiResponse(page, 'POST', /^\/incidentLogEntries$/);
      await dialog.getByRole('button', { name: 'Gem' }).click();
      expect(((await (await created).json()) as { isMeeting: boolean }).isMeeting).toBe(true);
      await gone(dialog);
      await visible(page.getByText('Holdt til tiden', { exact: true }));
      expect(await page.getByText('Afventer møde', { exact: true }).count()).toBe(0);
      expect(
        panel.server.readDb().incidents.find((i: { id: number }) => i.id === id).meetingHeldAt,
      ).not.toBeNull();
    });
  });

  it(
    'exports a list as a CSV that Danish Excel opens: BOM, semicolons, Danish words and times',
    { timeout: 60_000 },
    () =>
      asAdmin('rough-export', async (page) => {
        await visible(page.getByRole('button', { name: 'Eksportér' }));
        const bytes = await exportCsv(page);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header = '', ...rows] = bytes.toString('utf8').slice(1).split('\r\n');
        const columns = header.split(';');
        expect(columns).toEqual(
          expect.arrayContaining(['Tidspunkt', 'Helhedsplan', 'Boligområde', 'Beredskabsniveau', 'Kategori']),
        );
        expect(columns).toContain('Fortrolige noter');
        const row = rows.find((r) => r.startsWith('40;'))!.split(';');
        const cell = (name: string) => row[columns.indexOf(name)];
        expect(cell('Tidspunkt')).toBe(excelTime(INCIDENT_40.occurredAt));
        expect(cell('Boligområde')).toBe(seed.areas.find((a) => a.id === INCIDENT_40.areaId)!.name);
        expect(cell('Helhedsplan')).toBe('Boligsocial helhedsplan Randers 2025-2029');
        expect(cell('Beredskabsniveau')).toBe('Rødt');
        expect(cell('Kategori')).toBe('Trusler mod medarbejdere');
        expect(cell('Aktiveret af')).toBe('Politiet');
        expect(cell('Politisag')).toBe('Ja');
      }),
  );

  it('leaves the confidential column out of a board member’s export', { timeout: 60_000 }, () =>
    asUser(panel, 'board', 'rough-export-board', async (page) => {
      await visible(page.getByRole('button', { name: 'Eksportér' }));
      const header = (await exportCsv(page)).toString('utf8').slice(1).split('\r\n')[0]!.split(';');
      expect(header).toContain('Beskrivelse');
      expect(header).not.toContain('Fortrolige noter');
    }),
  );

  it('opens the dashboard on the programme with KPIs, not the first by name', { timeout: 60_000 }, () =>
    asUserOn(panel, 'board', '#/', 'rough-dashboard', async (page) => {
      await page.waitForURL(/#\/\?programmeId=1&year=\d{4}$/);
      await visible(page.getByRole('heading', { name: /^Helhedsplanen for Viborg 2017-2021 · \d{4}/ }));
    }),
  );

  it('shows the closed days chosen on the programme', { timeout: 60_000 }, () =>
    asAdmin('rough-closed-days', async (page) => {
      await page.goto(`${panel.server.url}/#/programmes/2`);
      const box = page.getByRole('checkbox', { name: '24. december (juleaftensdag)' });
      await visible(box);
      expect(await box.isChecked()).toBe(false);
      await box.check();
      const saved = apiResponse(page, 'PUT', /^\/programmes\/2$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      expect(((await (await saved).json()) as { extraClosedDays: string[] }).extraClosedDays).toEqual([
        'christmasEve',
      ]);
      await page.waitForURL(/#\/programmes\/2\/show$/);
      await visible(page.getByText('24. december (juleaftensdag)'));
    }),
  );

  it('prints the plan with its title and "Side X af Y" on every page', { timeout: 60_000 }, () =>
    asAdmin('rough-print', async (page) => {
      await page.goto(`${panel.server.url}/#/actionPlans/1/print`);
      await visible(page.getByRole('heading', { name: 'Handleplan nr. 1' }));
      await visible(page.getByRole('button', { name: 'Udskriv' }));
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      const text = pdfTexts(pdf).join('\n').replace(/\s+/g, '');
      for (let n = 1; n <= pages; n++) expect(text).toContain(`Side${n}af${pages}`);
      expect(text).toContain('Handleplannr.1·udskrevet');
    }),
  );

  it(
    'titles a measurement and a log book entry in words, and labels the log book once',
    { timeout: 60_000 },
    () =>
      asAdmin('rough-titles', async (page) => {
        await page.goto(`${panel.server.url}/#/measurements/1/show`);
        await visible(page.getByText('Måling: Beboerklagesager · Egeparken · 2015: 0'));
        await page.goto(`${panel.server.url}/#/activityLogs/1/show`);
        await visible(page.getByText('Logbogspost 26.10.2017'));
        await page.goto(`${panel.server.url}/#/activities/1/show`);
        await visible(page.getByText('Logbog', { exact: true }));
        expect(await page.getByText('||||').count()).toBe(0);
        // Required fields carry react-admin's asterisk.
        await page.goto(`${panel.server.url}/#/incidents/create`);
        for (const label of ['Helhedsplan', 'Kategori', 'Aktiveret af'])
          await visible(page.getByLabel(new RegExp(`^${label}\\s*\\*`)).first());
      }),
  );

  it(
    'names the product on the login page and keeps the not-found message to one full stop',
    { timeout: 60_000 },
    async () => {
      const context = await panel.browser.newContext({ locale: 'da-DK', ...WITHOUT_SERVICE_WORKER });
      const page = await context.newPage();
      try {
        await page.goto(`${panel.server.url}/#/login`);
        await visible(page.getByRole('heading', { name: 'Beredskab', level: 1 }));
      } finally {
        await context.close();
      }
      await asAdmin('rough-not-found', async (page) => {
        await page.goto(`${panel.server.url}/#/no-such-page`);
        await visible(page.getByText(/ugyldigt link\.$/));
        expect(await page.getByText(/\.\.$/).count()).toBe(0);
      });
    },
  );
});
