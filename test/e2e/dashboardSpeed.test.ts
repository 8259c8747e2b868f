import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { visible } from './helpers';
import { DESKTOP, newPageAt, PHONE } from './pageAudit';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
  // A board member of every programme, as the issue measured it.
  await panel.server.member('bestyrelse', [
    { programmeId: 1, role: 'board' },
    { programmeId: 2, role: 'board' },
  ]);
});
afterAll(async () => {
  await panel?.close();
});

/** What the page sent and got, in the order the browser reported it. */
type Event = { what: 'sent' | 'done'; path: string; bytes?: number };

/** A phone (or `viewport`), its clock at the server's, every request and answer recorded from the login form on. */
async function atLogin(viewport = PHONE): Promise<{ page: Page; events: Event[] }> {
  const page = await newPageAt(panel.browser, viewport);
  await page.context().clock.install({ time: panel.server.clock() });
  const events: Event[] = [];
  page.on('request', (r) => events.push({ what: 'sent', path: new URL(r.url()).pathname }));
  page.on(
    'requestfinished',
    (r) =>
      void r.sizes().then(
        (sizes) =>
          events.push({ what: 'done', path: new URL(r.url()).pathname, bytes: sizes.responseBodySize }),
        () => events.push({ what: 'done', path: new URL(r.url()).pathname }),
      ),
  );
  await page.goto(`${panel.server.url}/#/`);
  await page.getByLabel(/^Brugernavn/).fill('bestyrelse');
  await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
  return { page, events };
}

const at = (events: Event[], what: Event['what'], pattern: RegExp) =>
  events.findIndex((e) => e.what === what && pattern.test(e.path));

/** The charts drawn (recharts' wrapper) and the placeholders still waiting, by their top on the page. */
const chartTops = (page: Page) =>
  page.evaluate(() => {
    const top = (e: Element) => e.getBoundingClientRect().top + window.scrollY;
    return {
      drawn: [...document.querySelectorAll('.recharts-wrapper')].map(top),
      waiting: [...document.querySelectorAll('.chart-placeholder')].map(top),
      screen: window.innerHeight,
    };
  });

describe('the dashboard on a phone (390×844)', () => {
  it(
    'asks for its code with the login and for its statistics without asking for the programmes first',
    { timeout: 60_000 },
    async () => {
      const { page, events } = await atLogin();
      await page.getByRole('button', { name: 'Log ind' }).click();
      await visible(page.getByRole('heading', { name: /^Helhedsplanen for Viborg 2017-2021 · 2020$/ }));

      // The dashboard's code is on its way before the login has answered.
      const chunk = at(events, 'sent', /^\/assets\/Dashboard-[\w-]+\.js$/);
      expect(chunk, JSON.stringify(events)).toBeGreaterThanOrEqual(0);
      expect(chunk).toBeLessThan(at(events, 'done', /^\/api\/auth\/login$/));
      // The login answer named the programmes and the period: the statistics are asked before any
      // list of programmes, indicators, figures or incidents has answered.
      // (After the login was sent: Playwright may report the login's end only after the page has
      // already read its answer and sent the next request.)
      const stats = at(events, 'sent', /^\/api\/stats\/dashboard$/);
      expect(stats).toBeGreaterThan(at(events, 'sent', /^\/api\/auth\/login$/));
      const before = events.slice(0, stats).filter((e) => e.what === 'done' && e.path.startsWith('/api/'));
      expect(before.map((e) => e.path)).not.toContainEqual(
        expect.stringMatching(/^\/api\/(programmes|indicators|measurements|incidents)/),
      );
      expect(new URL(page.url()).hash).toBe('#/?programmeId=1&year=2020');
      await page.context().close();
    },
  );

  it(
    'draws the first screenful’s charts, and a chart further down when it is scrolled to',
    { timeout: 60_000 },
    async () => {
      const { page } = await atLogin();
      await page.getByRole('button', { name: 'Log ind' }).click();
      // Viborg 2020: its summary fills the phone's first screen; every chart is further down.
      await visible(page.getByRole('region', { name: 'Opfyldt', exact: true }).getByText('11'));
      await page.waitForTimeout(500);
      const first = await chartTops(page);
      expect(first.drawn.filter((top) => top > first.screen + 250)).toEqual([]);
      expect(first.waiting.length).toBeGreaterThan(10);

      // Scrolled to, the first indicator's charts are drawn; those two screens further down still wait.
      const chart = page.locator('.indicator-chart').first();
      await chart.scrollIntoViewIfNeeded();
      await visible(chart.locator('.recharts-wrapper'));
      const scrolled = await chartTops(page);
      const bottom = (await page.evaluate(() => window.scrollY)) + scrolled.screen;
      expect(scrolled.drawn.filter((top) => top > bottom + 250)).toEqual([]);
      expect(scrolled.waiting.filter((top) => top > bottom + 250).length).toBeGreaterThan(5);

      // The last card, found by its name as a screen reader finds it: its placeholder holds the
      // chart's height, so nothing moves when it is drawn.
      const name = await page
        .locator('section[aria-labelledby]:has(.chart-placeholder)')
        .last()
        .evaluate((e) => document.getElementById(e.getAttribute('aria-labelledby')!)!.textContent!);
      const card = page.getByRole('region', { name, exact: true });
      const height = await card.evaluate((e) => e.getBoundingClientRect().height);
      await card.scrollIntoViewIfNeeded();
      await visible(card.locator('.recharts-wrapper').first());
      expect(await card.locator('.chart-placeholder').count()).toBe(0);
      expect(await card.evaluate((e) => e.getBoundingClientRect().height)).toBeCloseTo(height, 0);
      // Its accessible structure stays: named, with its table a click away.
      await visible(card.getByRole('button', { name: 'Vis som tabel' }).first());
      await page.context().close();
    },
  );

  it(
    'shows a chart’s figures when it is tapped on a phone, pointed at or reached by keyboard on a desk, its tooltip drawn only then',
    { timeout: 60_000 },
    async () => {
      const { page } = await atLogin();
      await page.getByRole('button', { name: 'Log ind' }).tap();
      const chart = page.locator('.indicator-chart').first();
      await chart.scrollIntoViewIfNeeded();
      const surface = chart.locator('svg.recharts-surface');
      await visible(surface);
      // Drawn, and no chart has a tooltip until someone comes to it.
      expect(await page.locator('.recharts-tooltip-wrapper').count()).toBe(0);
      const box = (await surface.boundingBox())!;
      await surface.tap({ position: { x: box.width / 2, y: box.height / 2 } });
      const tip = chart.locator('.recharts-tooltip-wrapper');
      await visible(tip.getByText(/^Faktisk/));
      // One chart came to, one tooltip: the others are still without.
      expect(await page.locator('.recharts-tooltip-wrapper').count()).toBe(1);
      await page.context().close();

      const { page: desk } = await atLogin(DESKTOP);
      await desk.getByRole('button', { name: 'Log ind' }).click();
      const deskChart = desk.locator('.indicator-chart').first();
      await deskChart.scrollIntoViewIfNeeded();
      const deskSurface = deskChart.locator('svg.recharts-surface');
      await visible(deskSurface);
      await deskSurface.hover();
      const deskBox = (await deskSurface.boundingBox())!;
      await desk.mouse.move(deskBox.x + deskBox.width * 0.6, deskBox.y + deskBox.height / 2, { steps: 5 });
      await visible(deskChart.locator('.recharts-tooltip-wrapper').getByText(/^Faktisk/));

      // By keyboard: another chart, focused and stepped through with the arrow keys, shows its figures too.
      const keyChart = desk.locator('.indicator-chart').nth(1);
      await keyChart.scrollIntoViewIfNeeded();
      const keySurface = keyChart.locator('svg.recharts-surface');
      await visible(keySurface);
      expect(await keyChart.locator('.recharts-tooltip-wrapper').count()).toBe(0);
      await keySurface.focus();
      await desk.keyboard.press('ArrowRight');
      await visible(keyChart.locator('.recharts-tooltip-wrapper').getByText(/^Faktisk/));
      await desk.context().close();
    },
  );

  it('loads no other country’s holidays: only Denmark’s rules are in the built panel', async () => {
    const scripts = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const read = (f: string) => fs.readFileSync(path.join(DIST, 'assets', f), 'utf8');
    // Names from date-holidays' data of other countries, and moment-timezone's zones.
    for (const f of scripts)
      expect(read(f), f).not.toMatch(/Thanksgiving|Tag der Deutschen Einheit|America\/New_York/);
    const holidays = scripts.filter((f) => read(f).includes('easter 26 prior to 2024'));
    expect(holidays.length).toBeGreaterThan(0);
    for (const f of holidays) expect(fs.statSync(path.join(DIST, 'assets', f)).size, f).toBeLessThan(600_000);
  });
});
