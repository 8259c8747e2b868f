import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { clockFrom } from '../support/clock';
import { asUserOn, dataRows, visible } from './helpers';

/** A new user who installs the panel a year after the demo was written. */
const A_YEAR_LATER = new Date('2027-12-02T09:00:00.000Z');

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel({ clock: clockFrom(A_YEAR_LATER) });
});
afterAll(async () => {
  await panel?.close();
});

describe('the demo on a store first made a year after the seed', () => {
  it('opens on this year, with its incidents and the plan that ends within a week', { timeout: 60_000 }, () =>
    // Randers, the running programme: a first visit opens on Viborg, the one with KPI figures.
    asUserOn(panel, 'board', '#/?programmeId=2', 'demo-later-dashboard', async (page) => {
      await page.waitForURL(/#\/\?programmeId=2&year=2027$/);
      await visible(page.getByRole('heading', { name: 'Boligsocial helhedsplan Randers 2026-2030 · 2027' }));
      await visible(page.locator('.incidents-by-month .recharts-bar-rectangle').first());
      await visible(page.getByRole('link', { name: 'Handleplan #1' }));
      await visible(page.getByText('Udløber inden for 7 dage'));
    }),
  );

  it('lists this autumn’s incidents first, the overdue meetings among them', { timeout: 60_000 }, () =>
    asUserOn(panel, 'editor', '#/incidents', 'demo-later-incidents', async (page) => {
      await visible(dataRows(page).first());
      const first = await dataRows(page).first().innerText();
      expect(first).toMatch(/\d{2}\.(10|11)\.2027/);
      const res = await page.request.get(
        `${panel.server.url}/api/incidents?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`,
      );
      expect(((await res.json()) as unknown[]).length).toBeGreaterThan(0);
    }),
  );
});
