import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseDeadline } from '../../src/domain/deadlines';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, gone, visible } from './helpers';
import {
  NARROW_PHONE,
  PAGES,
  PHONE,
  addPageRecords,
  asUserAt,
  overflow,
  show,
  widerThanScreen,
} from './pageAudit';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
  await addPageRecords(panel);
});
afterAll(async () => {
  await panel?.close();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return found;
}

/** The box lies on the screen, and is big enough for a thumb. */
async function expectThumbSized(locator: Locator, viewport: { width: number; height: number }) {
  const { x, y, width, height } = await box(locator);
  expect(width).toBeGreaterThanOrEqual(44);
  expect(height).toBeGreaterThanOrEqual(44);
  expect(x).toBeGreaterThanOrEqual(0);
  expect(y).toBeGreaterThanOrEqual(0);
  expect(x + width).toBeLessThanOrEqual(viewport.width);
  expect(y + height).toBeLessThanOrEqual(viewport.height);
}

/** Taps an autocomplete, types part of a name and taps the option. */
async function tapAutocomplete(page: Page, label: RegExp, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.tap();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).tap();
  await gone(page.getByRole('listbox'));
}

async function tapSelect(page: Page, label: RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).tap();
  await page.getByRole('listbox').getByRole('option', { name: option }).tap();
  await gone(page.getByRole('listbox'));
}

describe('the panel on a phone', () => {
  for (const viewport of [PHONE, NARROW_PHONE])
    for (const role of ['admin', 'board'] as const)
      it(`lays out every page within ${viewport.width} px for ${role}`, { timeout: 240_000 }, () =>
        asUserAt(panel, role, viewport, `phone-widths-${role}-${viewport.width}`, async (page) => {
          const wide: string[] = [];
          for (const p of PAGES.filter((p) => role === 'admin' || (!p.admin && !p.staff))) {
            await show(page, p.path);
            // Laid out wider than the screen, or reaching past it within the layout.
            const over = Math.max(await widerThanScreen(page), await overflow(page));
            if (over > 0) wide.push(`${p.name}: ${over} px too wide`);
          }
          expect(wide).toEqual([]);
        }),
      );

  it(
    'shows lists as compact lists, with the create button as a FAB in thumb reach',
    { timeout: 60_000 },
    () =>
      asUserAt(panel, 'admin', PHONE, 'phone-fab', async (page) => {
        await show(page, '#/incidents');
        // The phone list: no table, rows with the area and the level's chip.
        expect(await page.getByRole('table').count()).toBe(0);
        await visible(page.getByRole('listitem').filter({ hasText: 'Gult' }).first());
        const fab = page.locator('.RaCreateButton-floating');
        await expectThumbSized(fab, PHONE);
        // The app bar's buttons are thumb-sized, and the language is picked in the user menu.
        for (const button of await page.locator('header button').all()) await expectThumbSized(button, PHONE);
        await page.getByRole('button', { name: 'Profil' }).tap();
        await page.getByRole('menuitem', { name: 'English' }).tap();
        await expect.poll(() => page.locator('#react-admin-title').innerText()).toBe('Incidents');
      }),
  );

  it('registers a yellow incident by touch, with its deadline shown before saving', { timeout: 90_000 }, () =>
    asUserAt(panel, 'admin', PHONE, 'phone-register', async (page) => {
      await show(page, '#/incidents');
      await page.locator('.RaCreateButton-floating').tap();
      await page.waitForURL(/#\/incidents\/create$/);
      // The time is now; programme and area are asked only the first time.
      expect(await page.getByLabel(/^Tidspunkt/).inputValue()).not.toBe('');
      await tapAutocomplete(page, /^Helhedsplan/, 'Randers', 'Boligsocial helhedsplan Randers 2025-2029');
      await tapAutocomplete(page, /^Boligområde/, 'vangd', 'Vangdalen');
      await tapSelect(page, /^Kategori/, 'Hærværk');

      const yellow = page.getByRole('radio', { name: 'Gult' });
      await expectThumbSized(yellow, PHONE);
      await yellow.tap();
      expect(await yellow.getAttribute('aria-checked')).toBe('true');
      const deadline = page.getByRole('status').filter({ hasText: 'Frist for beredskabsmøde' });
      await visible(deadline);
      // TEST_NOW is Monday 23 November 2026: three working days on, Thursday evening.
      expect(await deadline.innerText()).toContain('26.11.2026 23.59');

      await tapSelect(page, /^Aktiveret af/, 'Boligorganisationen');
      await page.getByLabel(/^Beskrivelse/).tap();
      await page.getByLabel(/^Beskrivelse/).fill('Knallertkørsel på stierne ved legepladsen.');
      const save = page.getByRole('button', { name: 'Gem' });
      await expectThumbSized(save, PHONE);
      const created = apiResponse(page, 'POST', /^\/incidents$/);
      await save.tap();
      const response = await created;
      expect(response.status()).toBe(201);
      const stored = await response.json();
      expect(stored.level).toBe('yellow');
      // The browser's preview is the server's deadline.
      expect(stored.responseDeadline).toBe(responseDeadline('yellow', stored.levelSetAt));
      await page.waitForURL(/#\/incidents\/\d+\/show$/);

      // The next incident starts in the same programme and area.
      await show(page, '#/incidents/create');
      expect(await page.getByRole('combobox', { name: /^Helhedsplan/ }).inputValue()).toBe(
        'Boligsocial helhedsplan Randers 2025-2029',
      );
      expect(await page.getByRole('combobox', { name: /^Boligområde/ }).inputValue()).toBe('Vangdalen');
    }),
  );

  it('says "Slet nu" in words on a phone, on a thumb-sized button', { timeout: 60_000 }, () =>
    asUserAt(panel, 'admin', PHONE, 'phone-erase-now', async (page) => {
      await show(page, '#/retention');
      const eraseNow = page.getByRole('button', { name: 'Slet nu' });
      await visible(eraseNow);
      // Not a bare icon: an erasure says what it does.
      expect(await eraseNow.innerText()).toBe('Slet nu');
      await expectThumbSized(eraseNow, PHONE);
    }),
  );

  it('keeps the KPI grid’s area column in view while the grid scrolls sideways', { timeout: 60_000 }, () =>
    asUserAt(panel, 'admin', PHONE, 'phone-kpi-grid', async (page) => {
      await show(page, '#/kpi-grid');
      const table = page.getByRole('table', { name: 'Årets tal' });
      await visible(table);
      const scroller = table.locator('xpath=..');
      const firstHeader = table.getByRole('columnheader').first();
      const secondHeader = table.getByRole('columnheader').nth(1);
      const before = await box(secondHeader);
      await scroller.evaluate((el) => el.scrollBy({ left: 400 }));
      await expect.poll(async () => (await box(secondHeader)).x).toBeLessThan(before.x);
      const scrollerBox = await box(scroller);
      const first = await box(firstHeader);
      expect(first.x).toBeGreaterThanOrEqual(scrollerBox.x - 1);
      expect(first.x + first.width).toBeLessThanOrEqual(PHONE.width);
      expect(await widerThanScreen(page)).toBe(0);
      expect(await overflow(page)).toBe(0);
    }),
  );
});
