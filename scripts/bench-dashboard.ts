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
import { largeSeed, summarise } from './bench/largeStore';
import { KPI_PROGRAMME as PROGRAMME, KPI_YEARS as YEARS, withKpis } from './bench/kpiStore';
import { startBenchServer } from './bench/serverProcess';

const INCIDENTS = Number(process.env.INCIDENTS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 7);
const PASSWORD = 'benchmark-password';

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
