import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { clockFrom } from '../support/clock';
import { apiResponse, gone, pickSelect, shot, visible } from './helpers';
import { DESKTOP, PHONE, asUserAt, axeFindings, openAs, show, type Finding } from './pageAudit';
import { pdfTexts } from './pdfText';

/**
 * A new install without demo data (DEMO=false makes the same empty store), on its first day:
 * 00.30 in Copenhagen on Monday 7 December 2026, when the UTC date is still the 6th.
 */
const HALF_PAST_MIDNIGHT = new Date('2026-12-06T23:30:00.000Z');

let panel: Panel;
let started = 0;
beforeAll(async () => {
  started = performance.now();
  panel = await startPanel({ seed: {}, clock: clockFrom(HALF_PAST_MIDNIGHT) });
});
afterAll(async () => {
  await panel?.close();
  console.log(`first day: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

/**
 * axe-core's WCAG 2.1 A/AA findings of the page as the phone shows it, and of the same path on
 * `desktop`, a second page at 1440×900 (a phone page resized would keep its phone drawer).
 */
async function auditBoth(page: Page, desktop: Page, name: string): Promise<Finding[]> {
  const path = new URL(page.url()).hash;
  await show(desktop, path);
  return [...(await axeFindings(page, `${name} at 390`)), ...(await axeFindings(desktop, `${name} at 1440`))];
}

const button = (page: Page, name: string) => page.getByRole('link', { name });

describe('the first day of a new install', () => {
  it(
    'shows the administrator the checklist, and every empty page its next step, without axe findings',
    { timeout: 120_000 },
    () =>
      asUserAt(panel, 'admin', PHONE, 'first-day-empty', async (page) => {
        const desktop = await openAs(panel, panel.browser, 'admin', DESKTOP);
        const audit = (name: string) => auditBoth(page, desktop, name);
        const findings: Finding[] = [];
        // The dashboard: the checklist's first step, nothing else to say.
        await show(page, '#/');
        await visible(page.getByRole('heading', { name: 'Kom i gang' }));
        await visible(page.getByText('Helhedsplan: mangler'));
        await visible(button(page, 'Opret den første helhedsplan'));
        findings.push(...(await audit('dashboard')));

        await show(page, '#/start');
        await visible(page.getByRole('heading', { name: 'Kom i gang', level: 1 }));
        await visible(button(page, 'Opret den første helhedsplan'));
        // No demo data here, so nothing to remove.
        expect(await page.getByRole('button', { name: 'Fjern demodata' }).count()).toBe(0);
        findings.push(...(await audit('checklist')));

        // Each empty list names its first record, and points administrators to the checklist.
        for (const [path, next] of [
          ['#/programmes', 'Opret den første helhedsplan'],
          ['#/areas', 'Opret det første boligområde'],
          ['#/participants', 'Opret den første kontakt'],
          ['#/incidents', 'Registrér den første hændelse'],
          ['#/indicators', 'Opret den første indikator'],
        ] as const) {
          await show(page, path);
          await visible(button(page, next));
          await visible(button(page, 'Se i tjeklisten „Kom i gang“, hvad der mangler'));
          findings.push(...(await audit(path)));
        }
        // A form whose programme picker has nothing to pick says so, with the way to make one.
        await show(page, '#/areas/create');
        await visible(page.getByText('Der er ingen helhedsplaner endnu.'));
        await visible(button(page, 'Opret den første helhedsplan'));
        findings.push(...(await audit('area form without programmes')));
        await desktop.context().close();
        expect(findings).toEqual([]);
      }),
  );

  it(
    'follows the checklist at 390×844 to a programme, an area and a contact, and registers the first incident',
    { timeout: 180_000 },
    () =>
      asUserAt(panel, 'admin', PHONE, 'first-day-phone', async (page) => {
        const desktop = await openAs(panel, panel.browser, 'admin', DESKTOP);
        const audit = (name: string) => auditBoth(page, desktop, name);
        const findings: Finding[] = [];
        await show(page, '#/');
        await button(page, 'Opret den første helhedsplan').tap();
        await page.waitForURL(/#\/programmes\/create$/);
        await page.getByLabel(/^Navn/).fill('Helhedsplan Skovparken 2026-2029');
        await page.getByRole('textbox', { name: /^Kommune/ }).fill('Kolding');
        await page.getByLabel(/^Periodens start/).fill('2026-01-01');
        await page.getByLabel(/^Periodens slutning/).fill('2029-12-31');
        const programme = apiResponse(page, 'POST', /^\/programmes$/);
        await page.getByRole('button', { name: 'Gem' }).tap();
        const { id: programmeId } = (await (await programme).json()) as { id: number };

        // The programme's page has no areas yet, and offers the first.
        await page.waitForURL(/#\/programmes\/\d+\/show$/);
        await visible(page.getByText('Helhedsplanen har ingen boligområder endnu.'));
        findings.push(...(await audit('programme without areas')));

        // The incident form before there is an area: the area picker says why it is empty, and leads to the first.
        await show(page, '#/incidents/create');
        await expect
          .poll(() => page.getByRole('combobox', { name: /^Helhedsplan/ }).inputValue())
          .toBe('Helhedsplan Skovparken 2026-2029');
        await page.getByRole('combobox', { name: /^Boligområde/ }).tap();
        await visible(
          page.getByText('Intet boligområde passer. Nye boligområder oprettes under Boligområder.'),
        );
        await page.keyboard.press('Escape');
        await visible(page.getByText('Helhedsplanen har ingen boligområder endnu.'));
        findings.push(...(await audit('incident form without areas')));
        await button(page, 'Opret det første boligområde').tap();
        await page.waitForURL(/#\/areas\/create$/);
        // For the programme the incident was for.
        await expect
          .poll(() => page.getByRole('combobox', { name: /^Helhedsplan/ }).inputValue())
          .toBe('Helhedsplan Skovparken 2026-2029');

        // The programme's own page offers the first area too; it is made from there.
        await show(page, `#/programmes/${programmeId}/show`);
        await button(page, 'Opret det første boligområde').tap();
        await page.waitForURL(/#\/areas\/create$/);
        // Made for this programme: it is filled in.
        await expect
          .poll(() => page.getByRole('combobox', { name: /^Helhedsplan/ }).inputValue())
          .toBe('Helhedsplan Skovparken 2026-2029');
        await page.getByLabel(/^Navn/).fill('Skovparken');
        await page.getByLabel(/^Boligorganisation/).fill('Lejerbo Kolding');
        const area = apiResponse(page, 'POST', /^\/areas$/);
        await page.getByRole('button', { name: 'Gem' }).tap();
        expect((await (await area).json()).programmeId).toBe(programmeId);
        await page.waitForURL(/#\/areas\/\d+\/show$/);

        // Back on the dashboard the checklist has moved on; the contacts card has none yet, and says so.
        await show(page, '#/');
        await visible(page.getByText('Boligområder: klar'));
        await visible(page.getByText('Ingen kontakter endnu.', { exact: true }));
        expect(await page.getByText('Alle kontakter er bekræftet').count()).toBe(0);
        await visible(page.getByText('Kontakter og beredskabsgrupper: mangler'));
        await show(page, '#/start');
        findings.push(...(await audit('checklist with a programme')));
        await button(page, 'Opret en kontakt').tap();
        await page.waitForURL(/#\/participants\/create$/);
        await page.getByLabel(/^Navn/).fill('Aisha Jensen');
        await page.getByLabel(/^Stilling/).fill('Boligsocial medarbejder');
        await page.getByLabel(/^Organisation/).fill('Helhedsplanen');
        await page.getByLabel(/^E-mail/).fill('aisha@example.dk');
        const participant = apiResponse(page, 'POST', /^\/participants$/);
        await page.getByRole('button', { name: 'Gem' }).tap();
        expect(await (await participant).json()).toMatchObject({ programmeId, responseGroups: [1, 2] });
        await page.waitForURL(/#\/participants\/\d+\/show$/);

        await show(page, '#/start');
        await visible(page.getByText('Kontakter og beredskabsgrupper: klar'));
        await visible(page.getByText('Brugere: mangler'));
        await visible(button(page, 'Giv en bruger adgang'));
        await visible(button(page, 'Opret den første indikator'));

        // The first incident, from the empty incident list: programme and area are the only ones,
        // filled in on this second visit to the form too.
        await show(page, '#/incidents');
        await button(page, 'Registrér den første hændelse').tap();
        await page.waitForURL(/#\/incidents\/create$/);
        await expect
          .poll(() => page.getByRole('combobox', { name: /^Boligområde/ }).inputValue())
          .toBe('Skovparken');
        await page.getByRole('combobox', { name: /^Kategori/ }).tap();
        await page.getByRole('listbox').getByRole('option', { name: 'Hærværk' }).tap();
        await gone(page.getByRole('listbox'));
        await page.getByRole('radio', { name: 'Gult' }).tap();
        await page.getByRole('combobox', { name: /^Aktiveret af/ }).tap();
        await page.getByRole('listbox').getByRole('option', { name: 'Boligorganisationen' }).tap();
        await gone(page.getByRole('listbox'));
        await page.getByLabel(/^Beskrivelse/).fill('Brand i en container ved Skovparken 12.');
        const incident = apiResponse(page, 'POST', /^\/incidents$/);
        await page.getByRole('button', { name: 'Gem' }).tap();
        const created = await incident;
        expect(created.status()).toBe(201);
        expect(await created.json()).toMatchObject({ programmeId, level: 'yellow' });
        await visible(page.getByText('Hændelsen er oprettet', { exact: true }));
        await page.waitForURL(/#\/incidents\/\d+\/show$/);
        await desktop.context().close();
        expect(findings).toEqual([]);
      }),
  );

  it('tells an editor why the call-in mails are not sent: the server has no SMTP setting', async () => {
    const [incident] = (await (await panel.server.as('admin')).get('/api/incidents')).body as {
      id: number;
      programmeId: number;
    }[];
    await panel.server.member('mette', [{ programmeId: incident!.programmeId, role: 'editor' }]);
    const page = await openAs(panel, panel.browser, 'mette', PHONE);
    try {
      const why = page.getByText('Mails sendes ikke: serveren har ingen SMTP-opsætning');
      await show(page, '#/notifications');
      await visible(page.getByText('Ikke sendt').first());
      await visible(why);
      await show(page, `#/incidents/${incident!.id}/show`);
      await visible(page.getByRole('heading', { name: 'Indkaldelse' }));
      await visible(why);
    } catch (err) {
      await shot(page, 'first-day-editor-mail');
      throw err;
    } finally {
      await page.context().close();
    }
  });

  it(
    'leads from the grid and the dashboard without indicators to the first one; then the checklist leaves the dashboard',
    { timeout: 120_000 },
    () =>
      asUserAt(panel, 'admin', DESKTOP, 'first-day-indicators', async (page) => {
        const programmeName = 'Helhedsplan Skovparken 2026-2029';
        const programmeOfForm = () => page.getByRole('combobox', { name: /^Helhedsplan/ }).inputValue();
        // The editor of the test before has a role in the programme: only the indicators are missing.
        await show(page, '#/');
        const card = page.getByRole('region', { name: 'Kom i gang' });
        await visible(card.getByText('Brugere: klar'));
        await visible(card.getByText('Indikatorer: mangler'));
        const kpis = page.getByRole('region', { name: 'Er vi på vej mod målene?' });
        await visible(kpis.getByText('Helhedsplanen har ingen KPI’er endnu.'));
        const findings = await axeFindings(page, 'dashboard without indicators at 1440');
        await kpis.getByRole('link', { name: 'Opret den første indikator' }).click();
        await page.waitForURL(/#\/indicators\/create$/);
        await expect.poll(programmeOfForm).toBe(programmeName);

        await show(page, '#/kpi-grid');
        await visible(page.getByText('Helhedsplanen har ingen indikatorer endnu.'));
        findings.push(...(await axeFindings(page, 'grid without indicators at 1440')));
        await page.getByRole('link', { name: 'Opret den første indikator' }).click();
        await page.waitForURL(/#\/indicators\/create$/);
        await expect.poll(programmeOfForm).toBe(programmeName);
        await page.getByLabel(/^Kode/).fill('K1');
        await page.getByLabel(/^Navn/).fill('Beboerklagesager');
        await pickSelect(page, /^Enhed/, 'Antal');
        await pickSelect(page, /^Retning/, 'Lavere er bedre');
        await page.getByLabel(/^Basisår/).fill('2026');
        await pickSelect(page, /^Målregel/, 'Fast værdi');
        await page.getByLabel(/^Målværdi/).fill('10');
        const indicator = apiResponse(page, 'POST', /^\/indicators$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        expect((await indicator).status()).toBe(201);
        // react-admin moves on to the new indicator after the answer: a page asked for before that would be left.
        await page.waitForURL(/#\/indicators\/\d+\/show$/);

        // Every step done: the dashboard, asked again, has no checklist, and the KPI section has the indicator.
        const start = apiResponse(page, 'GET', /^\/start$/);
        await show(page, '#/');
        expect(await (await start).json()).toMatchObject({
          programmes: [{ name: programmeName, indicators: 1 }],
        });
        await visible(kpis.getByText('Beboerklagesager').first());
        expect(await page.getByRole('heading', { name: 'Kom i gang' }).count()).toBe(0);
        // The checklist itself stays at hand, and says so.
        await show(page, '#/start');
        await visible(page.getByText('Alle helhedsplaner er sat op.'));
        expect(findings).toEqual([]);
      }),
  );

  it('downloads the annual report at 00.30 on 7 December, dated that day, not the UTC date', async () => {
    await asUserAt(panel, 'admin', DESKTOP, 'first-day-report', async (page) => {
      await show(page, '#/');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Hent årsrapport (Excel)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^aarsrapport-.+-2026\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await file.path());
      let made: ExcelJS.Cell | undefined;
      book.getWorksheet('Oversigt')!.eachRow((row) => {
        if (row.getCell(1).value === 'Udarbejdet') made = row.getCell(2);
      });
      // A date cell (exceljs reads its day as UTC midnight) shown as dd.mm.yyyy: 07.12.2026.
      expect(made?.value).toEqual(new Date(Date.UTC(2026, 11, 7)));
      expect(made?.numFmt).toBe('dd.mm.yyyy');
    });
  });

  it(
    'prints a plan at 00.30 on 7 December with that day, not the UTC date, in its footer, from a desktop and a phone',
    { timeout: 90_000 },
    async () => {
      const admin = await panel.server.as('admin');
      const [incident] = (await admin.get('/api/incidents')).body as { id: number; programmeId: number }[];
      const plan = await admin.post('/api/actionPlans', {
        programmeId: incident!.programmeId,
        incidentIds: [incident!.id],
      });
      expect(plan.body.id).toBe(1);
      for (const [viewport, name] of [
        [DESKTOP, 'first-day-print'],
        [PHONE, 'first-day-print-phone'],
      ] as const)
        await asUserAt(panel, 'admin', viewport, name, async (page) => {
          // A page load of its own: the dashboard behind a hash change may still write its address.
          await show(page, '?udskrift#/actionPlans/1/print');
          await visible(page.getByRole('heading', { name: 'Handleplan nr. 1' }));
          const text = pdfTexts(await page.pdf({ format: 'A4' }))
            .join('\n')
            .replace(/\s+/g, '');
          expect(text).toContain('Handleplannr.1·udskrevet07.12.2026');
        });
    },
  );
});
