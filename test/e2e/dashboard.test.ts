import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { asUserOn, drawEveryChart, visible } from './helpers';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

type Stats = Record<string, any>;

/** What the server says about the period, read with the page's own session. */
async function statsOf(page: Page, query: string): Promise<Stats> {
  const res = await page.request.get(`${panel.server.url}/api/stats/dashboard?${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Stats;
}

const LEVELS = ['green', 'yellow', 'red'] as const;
/** Segments a stacked chart draws: one per non-zero level of each month or area. */
const segments = (rows: Record<string, number>[]) =>
  rows.reduce((n, row) => n + LEVELS.filter((l) => row[l]! > 0).length, 0);

const count = (page: Page, selector: string) => page.locator(selector).count();

describe('the board’s dashboard', () => {
  it(
    'draws Viborg 2019: KPI statuses in words, lines per area, incidents by month, category and area',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'board', '#/?programmeId=1&year=2019', 'dashboard-viborg-2019', async (page) => {
        await visible(page.getByRole('heading', { name: 'Helhedsplanen for Viborg 2017-2021 · 2019' }));
        await visible(page.locator('.indicator-chart .recharts-line-dot').first());
        const stats = await statsOf(page, 'programmeId=1&year=2019');

        // Summary cards: the same counts as the server computed.
        for (const [status, label] of [
          ['met', 'Opfyldt'],
          ['notMet', 'Ikke opfyldt'],
          ['noData', 'Ingen data'],
        ] as const) {
          const card = page.getByRole('region', { name: label, exact: true });
          await visible(card.getByText(String(stats.kpi.summary[status]), { exact: true }));
        }
        // Status per area in words, numbers with a decimal comma.
        const complaints = page.getByRole('table', { name: 'Status for Beboerklagesager i 2019' });
        await visible(complaints.getByRole('row', { name: /Ellekonebakken/ }).getByText('Ikke opfyldt'));
        await visible(complaints.getByRole('row', { name: /Houlkærparken/ }).getByText('Opfyldt'));
        const turnover = page.getByRole('table', { name: 'Status for Fraflytningsprocent i 2019' });
        await visible(turnover.getByRole('row', { name: /Egeparken/ }).getByText(/^26,8\s%$/));
        await visible(page.getByText(/^Møder holdt til tiden: 66,7\s%$/));

        // Every chart is drawn once scrolled to, mark for mark, as the server's numbers say.
        await drawEveryChart(page);
        const places = stats.kpi.indicators.map((i: Stats) => (i.indicator.perArea ? i.rows.length + 1 : 1));
        const charts = places.reduce((a: number, b: number) => a + b, 0);
        expect(await count(page, '.indicator-chart')).toBe(charts);
        expect(await count(page, '.indicator-chart path.recharts-curve')).toBe(2 * charts);
        const points = stats.kpi.indicators.reduce(
          (n: number, i: Stats) =>
            n +
            i.series.reduce(
              (m: number, s: Stats) =>
                m +
                (i.indicator.perArea ? Object.values(s.values).filter((v) => v !== null).length : 0) +
                (s.total !== null ? 1 : 0),
              0,
            ),
          0,
        );
        expect(points).toBeGreaterThan(50);
        expect(await count(page, '.indicator-chart .recharts-line-dot')).toBe(points);
        const { byMonth, byCategory, byArea } = stats.incidents;
        expect(segments(byMonth)).toBe(5);
        expect(await count(page, '.incidents-by-month .recharts-bar-rectangle')).toBe(segments(byMonth));
        expect(await count(page, '.incidents-by-area .recharts-bar-rectangle')).toBe(segments(byArea));
        expect(await count(page, '.incidents-by-category .recharts-bar-rectangle')).toBe(
          byCategory.filter((c: Stats) => c.count > 0).length,
        );
        // The levels are named in the key under each bar chart, not told by colour alone.
        expect(await count(page, '.level-key')).toBe(2);
        for (const name of ['Grønt', 'Gult', 'Rødt'])
          await visible(page.locator('.level-key li').filter({ hasText: name }).first());

        // The project year (1 April – 31 March) is one switch away, and kept in the URL.
        await page.getByRole('switch', { name: /^Projektår/ }).click();
        await visible(page.getByRole('heading', { name: 'Helhedsplanen for Viborg 2017-2021 · 2019/20' }));
        expect(page.url()).toContain('projectYear=true');
      }),
  );

  it('says so when a year has no incidents, instead of drawing an empty chart', { timeout: 60_000 }, () =>
    asUserOn(panel, 'board', '#/?programmeId=1&year=2016', 'dashboard-no-incidents', async (page) => {
      await visible(page.getByText('Ingen hændelser registreret i 2016.'));
      await visible(page.getByRole('table', { name: 'Status for Beboerklagesager i 2016' }));
      expect(await count(page, '.incidents-by-month')).toBe(0);
    }),
  );

  it(
    'shows Randers 2026, a programme without KPIs, with its empty state in Danish',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'board', '#/?programmeId=2&year=2026', 'dashboard-randers-2026', async (page) => {
        await visible(page.getByText('Helhedsplanen har ingen KPI’er endnu.'));
        await visible(page.locator('.incidents-by-month .recharts-bar-rectangle').first());
        expect(await count(page, '.indicator-chart')).toBe(0);
        expect(await count(page, '.kpi-summary-met')).toBe(0);
        // The active plan is linked, with its flag.
        await visible(page.getByRole('link', { name: 'Handleplan #1' }));
        await visible(page.getByText('Udløber inden for 7 dage'));
      }),
  );

  it(
    'opens on the programme with the latest KPI figures and its latest year with data, put into the URL',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'board', '#/', 'dashboard-default', async (page) => {
        // Randers comes first by name but has no KPIs yet; Viborg's last figures are of 2020 (its
        // one incident of 2021 has no goals to read beside it).
        await page.waitForURL(/#\/\?programmeId=1&year=2020$/);
        await visible(page.getByRole('heading', { name: 'Helhedsplanen for Viborg 2017-2021 · 2020' }));
        await visible(page.locator('.kpi-summary-met'));
      }),
  );

  it('downloads the annual report for the chosen year, saying so while it is made', { timeout: 60_000 }, () =>
    asUserOn(panel, 'board', '#/?programmeId=1&year=2019', 'dashboard-report', async (page) => {
      const button = page.getByRole('button', { name: 'Hent årsrapport (Excel)' });
      await visible(button);
      // The answer is held back until the page has shown that the report is being made.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/exports/status-report.xlsx*', async (route) => {
        await held;
        await route.continue();
      });
      const download = page.waitForEvent('download');
      await button.click();
      const making = page.getByRole('button', { name: 'Laver årsrapport…' });
      await visible(making);
      expect(await making.isDisabled()).toBe(true);
      release();
      const file = await download;
      expect(file.suggestedFilename()).toBe('aarsrapport-viborg-2019.xlsx');
      const bytes = fs.readFileSync(await file.path());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      await visible(button);
    }),
  );

  it('offers the annual report on the programme page too', { timeout: 60_000 }, () =>
    asUserOn(panel, 'board', '#/programmes/1/show', 'programme-report', async (page) => {
      const button = page.getByRole('button', { name: 'Hent årsrapport (Excel)' });
      await visible(button);
      const download = page.waitForEvent('download');
      await button.click();
      expect((await download).suggestedFilename()).toBe('aarsrapport-viborg-2021.xlsx');
    }),
  );
});
