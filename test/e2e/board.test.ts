import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { apiResponse, asUser, dataRows, gone, openAreaList, visible } from './helpers';

interface SeedIncident {
  id: number;
  areaId: number;
  description: string;
  confidentialNotes: string | null;
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  incidents: SeedIncident[];
  areas: { id: number; name: string }[];
};
const confidential = seed.incidents.filter((i) => i.confidentialNotes).map((i) => i.confidentialNotes!);
/** Incident 40 is on the list's first page and has confidential notes (retsplejeloven § 115). */
const SECRET_INCIDENT = seed.incidents.find((i) => i.id === 40)!;
const SECRET = SECRET_INCIDENT.confidentialNotes!;
/** Gl. Jennumparken, an area with incidents. */
const AREA = seed.areas.find((a) => a.id === 7)!;

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
  expect(SECRET).toBeTruthy();
});
afterAll(async () => {
  await panel?.close();
});

const asBoard = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'board', name, body);

/** The main content has rendered the record (its description), so absent buttons are really absent. */
async function openIncident40(page: Page) {
  await visible(dataRows(page).first());
  const shown = apiResponse(page, 'GET', /^\/incidents\/40$/);
  await dataRows(page)
    .filter({ hasText: 'Sjællandsgadekvarteret' })
    .filter({ hasText: 'Rødt' })
    .first()
    .click();
  const response = await shown;
  expect(await response.json()).not.toHaveProperty('confidentialNotes');
  await page.waitForURL(/#\/incidents\/40\/show$/);
  await visible(page.getByText(SECRET_INCIDENT.description, { exact: true }));
  await visible(page.getByText('Frist for beredskabsmøde', { exact: true }));
}

describe('a board member reads, never writes, and never sees confidential notes', () => {
  it(
    'sees the incident list without Opret, and exports it without confidential notes',
    { timeout: 60_000 },
    () =>
      asBoard('board-list', async (page) => {
        await visible(dataRows(page).first());
        await visible(page.getByRole('button', { name: 'Eksportér' }));
        expect(await page.getByRole('link', { name: 'Opret' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Opret' }).count()).toBe(0);

        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Eksportér' }).click();
        const file = await (await download).path();
        const csv = fs.readFileSync(file, 'utf8');
        expect(csv).toContain(SECRET_INCIDENT.description);
        expect(csv).not.toContain('confidentialNotes');
        for (const text of confidential) expect(csv).not.toContain(text);
      }),
  );

  it(
    'finds nothing when searching for a word that is only in confidential notes',
    { timeout: 60_000 },
    async () => {
      const word = 'bandekonflikt';
      const holders = seed.incidents.filter((i) => i.confidentialNotes?.toLowerCase().includes(word));
      expect(holders).toHaveLength(1);
      expect(seed.incidents.some((i) => i.description.toLowerCase().includes(word))).toBe(false);

      const search = async (page: Page) => {
        await visible(dataRows(page).first());
        const searched = page.waitForResponse(
          (res) => res.url().includes('/api/incidents?') && decodeURIComponent(res.url()).includes(word),
        );
        await page.getByRole('textbox', { name: 'Søg' }).fill(word);
        await searched;
      };

      // An admin, who may read the notes, finds the incident by them …
      await asUser(panel, 'admin', 'board-search-admin', async (admin) => {
        await search(admin);
        await expect.poll(() => dataRows(admin).count()).toBe(1);
        await visible(dataRows(admin).filter({ hasText: 'Skyderi' }));
      });

      // … a board member finds nothing: the search must not reveal what the notes say.
      await asBoard('board-search', async (page) => {
        await search(page);
        await visible(page.getByText(/^Hændelser: ingen fundet/i));
        expect(await dataRows(page).count()).toBe(0);
      });
    },
  );

  it(
    'opens an incident with confidential notes: no Rediger, and the notes are nowhere on the page',
    { timeout: 60_000 },
    () =>
      asBoard('board-show', async (page) => {
        await openIncident40(page);
        expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Rediger' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Slet' }).count()).toBe(0);
        const html = await page.content();
        expect(html).toContain(SECRET_INCIDENT.description);
        expect(html).not.toContain(SECRET);
      }),
  );

  it('does not even show the label Fortrolige noter on the incident page', { timeout: 60_000 }, () =>
    asBoard('board-show-label', async (page) => {
      await openIncident40(page);
      await visible(page.getByText('Beskrivelse', { exact: true }));
      expect(await page.getByText('Fortrolige noter').count()).toBe(0);
      expect(await page.content()).not.toContain('Fortrolige noter');
    }),
  );

  it('gets no editable form at #/incidents/40/edit', { timeout: 60_000 }, () =>
    asBoard('board-edit', async (page) => {
      await page.goto(`${panel.server.url}/#/incidents/40/edit`);
      await visible(page.getByRole('heading', { name: 'Adgang nægtet' }));
      expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Slet' }).count()).toBe(0);
      expect(await page.getByRole('textbox', { name: /^Beskrivelse/ }).count()).toBe(0);
      expect(await page.content()).not.toContain(SECRET);
      // The same for the bare record URL, which react-admin also routes to the edit view.
      await page.goto(`${panel.server.url}/#/incidents/40`);
      await visible(page.getByRole('heading', { name: 'Adgang nægtet' }));
      expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
    }),
  );

  it('reads areas but can neither create, edit nor delete them', { timeout: 60_000 }, () =>
    asBoard('board-areas', async (page) => {
      await openAreaList(page);
      await visible(dataRows(page).filter({ hasText: AREA.name }));
      expect(await page.getByRole('link', { name: 'Opret' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Opret' }).count()).toBe(0);

      await dataRows(page).filter({ hasText: AREA.name }).click();
      await page.waitForURL(new RegExp(`#/areas/${AREA.id}/show$`));
      await visible(page.getByRole('heading', { name: `Boligområde ${AREA.name}` }));
      // The area's incidents are listed, so the page is complete when the buttons are looked for.
      await visible(
        page
          .getByRole('row')
          .filter({ has: page.getByRole('cell') })
          .first(),
      );
      expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Rediger' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Slet' }).count()).toBe(0);

      await page.goto(`${panel.server.url}/#/areas/${AREA.id}`);
      await visible(page.getByRole('heading', { name: 'Adgang nægtet' }));
      expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Slet' }).count()).toBe(0);
      expect(await page.getByRole('textbox', { name: /^Navn/ }).count()).toBe(0);

      await page.goto(`${panel.server.url}/#/areas/create`);
      await visible(page.getByRole('heading', { name: 'Adgang nægtet' }));
      expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
      await gone(page.getByRole('textbox', { name: /^Navn/ }));
      // Still the seeded record at its first version: nothing was written.
      expect(panel.server.readDb().areas).toContainEqual({ ...AREA, version: 1 });
    }),
  );
});
