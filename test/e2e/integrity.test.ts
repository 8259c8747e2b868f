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
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  incidents: SeedIncident[];
  areas: { id: number; name: string }[];
};
/** Gl. Jennumparken, which several demo incidents refer to. */
const AREA = seed.areas.find((a) => a.id === 7)!;
const AREA_INCIDENTS = seed.incidents.filter((i) => i.areaId === AREA.id).map((i) => i.id);
/** The newest demo incident (first row of the list); nothing refers to an incident. */
const INCIDENT = seed.incidents.find((i) => i.id === 41)!;

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const asAdmin = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'admin', name, body);

describe('deleting in the panel keeps the data whole', () => {
  it(
    'refuses to delete an area with incidents and shows the server’s Danish reason',
    { timeout: 60_000 },
    () =>
      asAdmin('integrity-area', async (page) => {
        expect(AREA_INCIDENTS.length).toBeGreaterThan(1);
        const before = panel.server.readDb();

        await openAreaList(page);
        await dataRows(page).filter({ hasText: AREA.name }).click();
        await page.waitForURL(new RegExp(`#/areas/${AREA.id}/show$`));
        await page.getByRole('link', { name: 'Rediger' }).click();
        await page.waitForURL(new RegExp(`#/areas/${AREA.id}$`));
        await visible(page.getByRole('textbox', { name: /^Navn/ }));
        expect(await page.getByRole('textbox', { name: /^Navn/ }).inputValue()).toBe(AREA.name);

        await page.getByRole('button', { name: 'Slet' }).click();
        const dialog = page.getByRole('dialog', { name: `Slet boligområde ${AREA.name}` });
        await visible(dialog);
        const refused = apiResponse(page, 'DELETE', new RegExp(`^/areas/${AREA.id}$`));
        await dialog.getByRole('button', { name: 'Bekræft' }).click();
        const response = await refused;
        expect(response.status()).toBe(409);

        const expected = `Kan ikke slette boligområdet, fordi ${AREA_INCIDENTS.length} hændelser (id ${AREA_INCIDENTS.join(', ')}) henviser hertil`;
        const alert = page.getByRole('alert').filter({ hasText: /^Kan ikke slette boligområdet/ });
        await visible(alert);
        expect((await alert.innerText()).trim()).toBe(expected);
        await gone(dialog);

        // Still on the area's edit page, and nothing changed in the store.
        expect(page.url()).toMatch(new RegExp(`#/areas/${AREA.id}$`));
        expect(await page.getByRole('textbox', { name: /^Navn/ }).inputValue()).toBe(AREA.name);
        const after = panel.server.readDb();
        expect(after.areas).toContainEqual({ ...AREA, version: 1 });
        expect(after).toEqual(before);

        // The area is still listed.
        await openAreaList(page);
        await visible(dataRows(page).filter({ hasText: AREA.name }));
      }),
  );

  it('deletes an incident nothing refers to', { timeout: 60_000 }, () =>
    asAdmin('integrity-incident', async (page) => {
      const before = panel.server.readDb();
      expect(before.incidents.map((i: { id: number }) => i.id)).toContain(INCIDENT.id);

      // The newest incident is the first row of the list.
      await visible(dataRows(page).filter({ hasText: 'Boligafdelingerne i Centrale Randers' }).first());
      await dataRows(page).first().click();
      await page.waitForURL(new RegExp(`#/incidents/${INCIDENT.id}/show$`));
      await visible(page.getByText(INCIDENT.description, { exact: true }));
      await page.getByRole('link', { name: 'Rediger' }).click();
      await page.waitForURL(new RegExp(`#/incidents/${INCIDENT.id}$`));
      await visible(page.getByRole('textbox', { name: /^Beskrivelse/ }));

      await page.getByRole('button', { name: 'Slet' }).click();
      const dialog = page.getByRole('dialog');
      await visible(dialog);
      expect(await dialog.getByRole('heading').innerText()).toMatch(/^Slet hændelse /i);
      const deleted = apiResponse(page, 'DELETE', new RegExp(`^/incidents/${INCIDENT.id}$`));
      await dialog.getByRole('button', { name: 'Bekræft' }).click();
      const response = await deleted;
      expect(response.status()).toBe(200);

      // Back on the list, which no longer has the incident.
      await page.waitForURL(/#\/incidents$/);
      await visible(page.getByRole('alert').filter({ hasText: 'Hændelsen er slettet' }));
      await visible(dataRows(page).first());
      await visible(page.getByText(`1-10 af ${before.incidents.length - 1}`));
      expect(
        await dataRows(page)
          .filter({ hasText: 'Boligafdelingerne i Centrale Randers' })
          .filter({ hasText: 'Grønt' })
          .count(),
      ).toBe(0);

      const after = panel.server.readDb();
      expect(after.incidents.map((i: { id: number }) => i.id)).not.toContain(INCIDENT.id);
      expect(after.incidents).toHaveLength(before.incidents.length - 1);
      expect(after.incidents).toEqual(before.incidents.filter((i: { id: number }) => i.id !== INCIDENT.id));
      for (const name of ['programmes', 'areas', 'participants']) expect(after[name]).toEqual(before[name]);
    }),
  );
});
