import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import {
  apiResponse,
  dataRows,
  gone,
  pickAutocomplete,
  pickSelect,
  recordApiRequests,
  visible,
  asUser,
} from './helpers';

interface SeedIncident {
  id: number;
  areaId: number;
  occurredAt: string;
  level: 'green' | 'yellow' | 'red';
  responseDeadline: string | null;
  meetingHeldAt: string | null;
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  incidents: SeedIncident[];
  areas: { id: number; name: string }[];
};
const areaName = (id: number) => seed.areas.find((a) => a.id === id)!.name;
const LEVEL_DA = { green: 'Grønt', yellow: 'Gult', red: 'Rødt' } as const;

/** A Danish reader's date and time in Copenhagen, written independently of the panel: 26.10.2026, 21.00. */
const danish = (iso: string) =>
  DateTime.fromISO(iso).setZone('Europe/Copenhagen').toFormat('dd.LL.yyyy, HH.mm');

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const asAdmin = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'admin', name, body);

/** Opens the incident list from the menu and waits until its table (not the page before) is shown. */
async function openIncidentList(page: Page) {
  await page.getByRole('menuitem', { name: 'Hændelser' }).click();
  await page.waitForURL(/#\/incidents$/);
  await visible(page.getByRole('columnheader').filter({ hasText: 'Frist for beredskabsmøde' }));
  await visible(dataRows(page).first());
}

/** Fills the create form's required fields except the description. */
async function fillIncidentBasics(page: Page, when: string) {
  await pickAutocomplete(page, /^Helhedsplan/, 'Randers', 'Boligsocial helhedsplan Randers 2025-2029');
  await pickAutocomplete(page, /^Boligområde/, 'vangd', 'Vangdalen');
  await page.getByLabel(/^Tidspunkt/).fill(when);
  await pickSelect(page, /^Kategori/, 'Hærværk');
  await page.getByRole('radio', { name: 'Gult' }).check();
  await pickSelect(page, /^Aktiveret af/, 'Boligorganisationen');
}

describe('incidents in the panel (Danish)', () => {
  it('shows an admin a Danish panel: menu, level chips and dd.mm.yyyy dates', { timeout: 60_000 }, () =>
    asAdmin('incidents-a', async (page) => {
      for (const item of ['Hændelser', 'Boligområder', 'Deltagere', 'Helhedsplaner'])
        await visible(page.getByRole('menuitem', { name: item }));
      const headers = page.getByRole('columnheader');
      await visible(headers.first());
      expect(await headers.allInnerTexts()).toEqual([
        'Tidspunkt',
        'Boligområde',
        'Beredskabsniveau',
        'Kategori',
        'Frist for beredskabsmøde',
        'Møde',
      ]);

      // The default sort is newest first: the list's first page is the ten newest demo incidents.
      const newest = [...seed.incidents]
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
        .slice(0, 10);
      const rows = dataRows(page);
      await expect.poll(() => rows.count()).toBe(10);
      await visible(page.getByText(`1-10 af ${seed.incidents.length}`));
      for (const [i, incident] of newest.entries()) {
        const cells = rows.nth(i).getByRole('cell');
        const texts = await cells.allInnerTexts();
        expect(texts[0], `incident ${incident.id}`).toBe(danish(incident.occurredAt));
        expect(texts[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}\.\d{2}$/);
        expect(texts[1]).toBe(areaName(incident.areaId));
        expect(texts[2]).toBe(LEVEL_DA[incident.level]);
        expect(texts[4]).toBe(incident.responseDeadline ? danish(incident.responseDeadline) : '–');
      }
      const shownLevels = new Set(
        (await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent))) as string[],
      );
      expect(shownLevels).toEqual(new Set(['Grønt', 'Gult', 'Rødt']));
    }),
  );

  it(
    'creates an incident through the form and shows its Danish working-day deadline',
    { timeout: 60_000 },
    () =>
      asAdmin('incidents-b', async (page) => {
        const word = `Kælderrøgudvikling${Date.now().toString(36)}`;
        const description = `Røg fra et pulterrum i kælderen; ${word} i opgang 3, ingen kom til skade.`;
        expect(JSON.stringify(seed)).not.toContain('Kælderrøgudvikling');

        await openIncidentList(page);
        await page.getByRole('link', { name: 'Opret' }).click();
        // In Danish sentence case.
        await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));

        // Monday 16 November 2026, 10.30 in Copenhagen: Tue 17, Wed 18, Thu 19 are working days,
        // so the meeting is due by the end of Thursday 19 November (no holidays in between).
        // The level is stated as set at the same time: left empty, the server uses the time of registration.
        await fillIncidentBasics(page, '2026-11-16T10:30');
        await page.getByLabel(/^Niveau fastsat/).fill('2026-11-16T10:30');
        await page.getByLabel(/^Beskrivelse/).fill(description);

        const created = apiResponse(page, 'POST', /^\/incidents$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        const response = await created;
        expect(response.status()).toBe(201);
        const body = (await response.json()) as { id: number };
        // The notice names what was made.
        await visible(page.getByText('Hændelsen er oprettet', { exact: true }));

        await page.waitForURL(new RegExp(`#/incidents/${body.id}/show$`));
        await visible(page.getByText(description));
        await visible(page.getByText('Frist for beredskabsmøde', { exact: true }));
        await visible(page.getByText('19.11.2026, 23.59', { exact: true }));
        await visible(page.getByText('16.11.2026, 10.30').first());
        await visible(page.getByText('Vangdalen', { exact: true }));
        await visible(page.getByText('Gruppe 1 (uden politisag)'));
        // An admin may edit it (the board test checks that a board member may not).
        await visible(page.getByRole('link', { name: 'Rediger' }));

        const stored = panel.server.readDb().incidents.find((i: { id: number }) => i.id === body.id);
        expect(stored).toMatchObject({
          programmeId: 2,
          areaId: 8,
          occurredAt: '2026-11-16T09:30:00.000Z',
          levelSetAt: '2026-11-16T09:30:00.000Z',
          level: 'yellow',
          category: 'vandalism',
          activatedBy: 'housingOrganisation',
          policeCase: false,
          description,
          responseDeadline: '2026-11-19T22:59:59.999Z',
        });

        // Back to the list: the search box finds the new incident by a word of its description.
        await openIncidentList(page);
        const searched = page.waitForResponse(
          (res) => res.url().includes('/api/incidents?') && decodeURIComponent(res.url()).includes(word),
        );
        await page.getByRole('textbox', { name: 'Søg' }).fill(word);
        await searched;
        const rows = dataRows(page);
        await expect.poll(() => rows.count()).toBe(1);
        expect(await rows.first().getByRole('cell').allInnerTexts()).toEqual([
          '16.11.2026, 10.30',
          'Vangdalen',
          'Gult',
          'Hærværk',
          '19.11.2026, 23.59',
          // On TEST_NOW, Monday 23 November, the deadline of Thursday 19 November has passed.
          'Overskredet',
        ]);
      }),
  );

  it(
    'validates in Danish in the browser (no request): an empty description, an area cleared by a new programme',
    { timeout: 60_000 },
    () =>
      // A link to the form, followed through the login.
      asUser(
        panel,
        'admin',
        'incidents-c',
        async (page) => {
          const before = panel.server.readDb().incidents.length;
          await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));
          const sent = recordApiRequests(page);
          await fillIncidentBasics(page, '2026-11-16T10:30');

          await page.getByRole('button', { name: 'Gem' }).click();
          const description = page.getByLabel(/^Beskrivelse/);
          await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
          const helperId = await description.getAttribute('aria-describedby');
          expect(helperId).toBeTruthy();
          expect(await page.locator(`[id="${helperId}"]`).innerText()).toBe('Skal udfyldes');
          // Only the description is wrong.
          await expect.poll(() => page.getByText('Skal udfyldes').count()).toBe(1);

          // A description of blanks is no description either: trimmed, it is empty.
          await description.fill('   ');
          await page.getByRole('button', { name: 'Gem' }).click();
          await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
          expect(await page.locator(`[id="${helperId}"]`).innerText()).toBe('Skal udfyldes');

          expect(page.url()).toMatch(/#\/incidents\/create$/);
          expect(sent.filter((r) => r.method !== 'GET')).toEqual([]);
          expect(panel.server.readDb().incidents).toHaveLength(before);

          // An area belongs to one programme: changing the programme clears the picked area.
          await description.fill('Hærværk på cykelskuret; meldt af ejendomskontoret.');
          await pickAutocomplete(page, /^Helhedsplan/, 'Viborg', 'Helhedsplanen for Viborg 2017-2021');
          const area = page.getByRole('combobox', { name: /^Boligområde/ });
          await expect.poll(() => area.inputValue()).toBe('');
          await page.getByRole('button', { name: 'Gem' }).click();
          await expect.poll(() => area.getAttribute('aria-invalid')).toBe('true');
          const areaHelperId = await area.getAttribute('aria-describedby');
          expect(await page.locator(`[id="${areaHelperId}"]`).innerText()).toBe('Skal udfyldes');
          expect(sent.filter((r) => r.method !== 'GET')).toEqual([]);
          expect(panel.server.readDb().incidents).toHaveLength(before);
        },
        undefined,
        '#/incidents/create',
      ),
  );

  it('filters the list by level Rødt and shows overdue meetings as Overskredet', { timeout: 60_000 }, () =>
    asAdmin('incidents-d', async (page) => {
      await openIncidentList(page);
      const rows = dataRows(page);

      // Unfiltered, on the first page: 39 (yellow) and 40 (red) have no meeting and are past their deadline.
      for (const id of [39, 40]) {
        const incident = seed.incidents.find((i) => i.id === id)!;
        expect(incident.meetingHeldAt).toBeNull();
        expect(new Date(incident.responseDeadline!).getTime()).toBeLessThan(panel.server.clock().getTime());
        const row = rows.filter({ hasText: danish(incident.occurredAt) });
        await expect.poll(() => row.count()).toBe(1);
        expect(await row.getByRole('cell').last().innerText()).toBe('Overskredet');
      }
      const overdueOnPage = rows.filter({
        has: page.getByRole('cell', { name: 'Overskredet', exact: true }),
      });

      const filtered = page.waitForResponse(
        (res) =>
          res.url().includes('/api/incidents?') && decodeURIComponent(res.url()).includes('"level":"red"'),
      );
      await pickSelect(page, /^Beredskabsniveau/, 'Rødt');
      await filtered;

      const red = seed.incidents.filter((i) => i.level === 'red');
      await visible(page.getByText(`1-${red.length} af ${red.length}`));
      await expect.poll(() => rows.count()).toBe(red.length);
      const levels = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent));
      expect(levels).toEqual(red.map(() => 'Rødt'));

      const incident40 = rows.filter({
        hasText: danish(seed.incidents.find((i) => i.id === 40)!.occurredAt),
      });
      expect(await incident40.getByRole('cell').last().innerText()).toBe('Overskredet');
      // Every other red incident of the demo had its meeting: 40 is the only overdue one.
      expect(await overdueOnPage.count()).toBe(1);
      // Incident 39 is yellow: not shown under Rødt.
      expect(
        await rows.filter({ hasText: danish(seed.incidents.find((i) => i.id === 39)!.occurredAt) }).count(),
      ).toBe(0);
    }),
  );

  it('switches the panel to English in the app bar and back to Danish', { timeout: 60_000 }, () =>
    asAdmin('incidents-e', async (page) => {
      await openIncidentList(page);
      await page.getByRole('button', { name: 'Dansk' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();

      await visible(page.getByRole('menuitem', { name: 'Incidents' }));
      for (const item of ['Housing areas', 'Participants', 'Programmes'])
        await visible(page.getByRole('menuitem', { name: item }));
      await gone(page.getByRole('menuitem', { name: 'Hændelser' }));
      await visible(
        page.getByRole('button', { name: 'Create' }).or(page.getByRole('link', { name: 'Create' })),
      );
      await visible(page.getByRole('cell', { name: 'Red', exact: true }).first());
      // Dates follow the language: 29/10/2026 in English.
      const first = seed.incidents.reduce((a, b) => (a.occurredAt > b.occurredAt ? a : b));
      const englishDate = DateTime.fromISO(first.occurredAt)
        .setZone('Europe/Copenhagen')
        .toFormat('dd/LL/yyyy');
      await visible(page.getByRole('cell', { name: new RegExp(`^${englishDate}`) }));

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Dansk' }).click();
      await visible(page.getByRole('menuitem', { name: 'Hændelser' }));
      await visible(page.getByRole('link', { name: 'Opret' }));
      await visible(page.getByRole('cell', { name: 'Rødt', exact: true }).first());
      await gone(page.getByRole('menuitem', { name: 'Incidents' }));
    }),
  );
});
