/**
 * npx tsx scripts/bench-dashboard.ts — how long a board member waits for the dashboard:
 * from the click on "Log ind" until its charts are drawn, with 10,000 incidents and ten
 * years of KPI figures in the store, against the real server and the built panel (dist/).
 * Run after `npx vite build`. Not a test: it prints the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { addUserTo } from './lib/store';
import { createRng } from './demo/prng';
import { largeSeed, summarise } from './bench/largeStore';
import { startBenchServer } from './bench/serverProcess';

const INCIDENTS = Number(process.env.INCIDENTS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 7);
const PROGRAMME = 2;
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const PASSWORD = 'benchmark-password';

/** Five indicators for the programme, as Viborg's (seed 003), measured every year for ten years. */
function withKpis(seed: Record<string, unknown[]>): Record<string, unknown[]> {
  const rng = createRng(2025);
  const areas = (seed.areas as { id: number; programmeId: number }[]).filter(
    (a) => a.programmeId === PROGRAMME,
  );
  const first = (seed.indicators as { id: number }[]).reduce((n, i) => Math.max(n, i.id), 0) + 1;
  const base = { programmeId: PROGRAMME, baselineYear: YEARS[0], period: 'calendarYear', dataSource: null };
  const relative = { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true };
  const absolute = { rule: 'absoluteChange', change: -2, byYear: 2020 };
  // code, name, unit, direction, per area, target rule
  const indicators = (
    [
      ['klager', 'Beboerklagesager', 'count', 'lower', true, relative],
      ['fraflytning', 'Fraflytningsprocent', 'percent', 'lower', true, absolute],
      ['tryg', 'Voksne der føler sig trygge', 'percent', 'higher', false, { rule: 'higherThanBaseline' }],
      ['ledighed', 'Ungdomsledighed', 'percent', 'lower', false, relative],
      ['udsaettelser', 'Gennemførte udsættelser', 'count', 'lower', true, { rule: 'fixed', value: 2 }],
    ] as const
  ).map(([code, name, unit, direction, perArea, target], i) => ({
    ...base,
    ...{ code, name, unit, direction, perArea, target },
    id: first + i,
    version: 1,
  }));
  const measurements: Record<string, unknown>[] = [];
  let id = (seed.measurements as { id: number }[]).reduce((n, m) => Math.max(n, m.id), 0);
  for (const indicator of indicators)
    for (const year of YEARS)
      for (const areaId of indicator.perArea ? areas.map((a) => a.id) : [null]) {
        const value = indicator.unit === 'count' ? rng.int(0, 40) : rng.int(100, 350) / 10;
        measurements.push({
          id: ++id,
          indicatorId: indicator.id,
          areaId,
          year,
          value,
          source: 'Benchmark',
          note: null,
          version: 1,
        });
      }
  return {
    ...seed,
    indicators: [...seed.indicators!, ...indicators],
    measurements: [...seed.measurements!, ...measurements],
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-bench-dashboard-'));
const store = withKpis(largeSeed(INCIDENTS));
fs.writeFileSync(path.join(dataDir, 'db.json'), JSON.stringify(store));
await addUserTo(dataDir, { username: 'bench', fullName: 'Bench', role: 'board', password: PASSWORD });

const { url, server } = await startBenchServer(dataDir);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-sync'],
});
const year = YEARS.at(-1)!;
/**
 * The first screen drawn: the KPI summary, and every chart in view (the charts further down are
 * drawn when scrolled to, a placeholder holding their place). No named helper inside the
 * functions: tsx would wrap it in one the browser does not have.
 */
const drawn = () =>
  document.querySelector('.kpi-summary-met') !== null &&
  ![...document.querySelectorAll('.chart-placeholder')].some(
    (e) => e.getBoundingClientRect().top < innerHeight,
  );
/** The same, with every indicator's card on the page. */
const allDrawn = () => {
  const expected = Number(document.querySelector('[data-indicators]')?.getAttribute('data-indicators') ?? -1);
  return (
    expected > 0 &&
    document.querySelectorAll('.indicator-card').length === expected &&
    ![...document.querySelectorAll('.chart-placeholder')].some(
      (e) => e.getBoundingClientRect().top < innerHeight,
    )
  );
};

/** One cold visit: a fresh context (no cookies, no cache), the login form, then the dashboard. */
async function visit(): Promise<{ ms: number; allMs: number; dots: number; bars: number; api: number }> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  let api = 0;
  page.on('requestfinished', (req) => {
    if (req.url().includes('/api/stats/dashboard')) api = req.timing().responseEnd;
    if (process.env.TRACE)
      console.log(`  ${Date.now() - start} ms ${req.method()} ${new URL(req.url()).pathname}`);
  });
  let start = 0;
  await page.goto(`${url}/#/?programmeId=${PROGRAMME}&year=${year}`);
  await page.getByLabel(/^Brugernavn/).fill('bench');
  await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
  start = Date.now();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForFunction(drawn, undefined, { timeout: 60_000 });
  const ms = Date.now() - start;
  await page.waitForFunction(allDrawn, undefined, { timeout: 60_000, polling: 'raf' });
  const allMs = Date.now() - start;
  const dots = await page.locator('.indicator-chart .recharts-line-dot').count();
  const bars = await page.locator('.recharts-bar-rectangle').count();
  await context.close();
  return { ms, allMs, dots, bars, api };
}

try {
  const incidentsInYear = (store.incidents as { programmeId: number; occurredAt: string }[]).filter(
    (i) => i.programmeId === PROGRAMME && i.occurredAt.startsWith(String(year)),
  ).length;
  console.log(
    `dashboard: ${INCIDENTS} incidents in the store (${incidentsInYear} in programme ${PROGRAMME} ${year}), ` +
      `${store.measurements!.length} KPI figures over ${YEARS.length} years`,
  );
  await visit(); // a first visit warms the server (the store loaded, the code compiled by tsx)
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await visit();
    runs.push(run);
    console.log(
      `run ${i + 1}: ${run.ms} ms from the login click to the first screen drawn, ${run.allMs} ms to every chart in view ` +
        `(${run.dots} line dots, ${run.bars} bars; /api/stats/dashboard took ${run.api.toFixed(0)} ms)`,
    );
  }
  console.log(`login → first screen drawn: ${summarise(runs.map((r) => r.ms))}`);
  console.log(`login → every chart in view drawn: ${summarise(runs.map((r) => r.allMs))}`);
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
