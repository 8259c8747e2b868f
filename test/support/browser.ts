import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AppOptions } from '../../src/server/app';
import { ROOT } from './process';
import { PASSWORD, startServer, type TestServer } from './server';

export const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Panel {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The built panel served by the real app over the demo seed (or `seed`: `{}` is a new install
 * without demo data), and a headless Chromium. The server's clock is TEST_NOW unless told
 * otherwise; every page gets the same time.
 */
export async function startPanel(
  options: {
    seed?: object;
    clock?: AppOptions['clock'];
    mail?: AppOptions['mail'];
    oidc?: AppOptions['oidc'];
    localLogin?: boolean;
    dataParent?: string;
    /** The built panel to serve: dist/ unless a test serves a copy of its own. */
    staticDir?: string;
  } = {},
): Promise<Panel> {
  const staticDir = options.staticDir ?? DIST;
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` first (npm test does)');
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}; apt-get install chromium or set CHROMIUM_PATH`);
  const seed = options.seed ?? JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8'));
  const server = await startServer({ ...options, seed, staticDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-quic', '--disable-sync'],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Browser contexts of tests that are not about the service worker keep it out. Let in, it would
 * fetch the whole app shell (some 260 files) beside each test's own requests, seconds on a loaded
 * machine, and take over the page's navigations half-way through a test.
 * test/e2e/serviceWorker.test.ts lets it in.
 */
export const WITHOUT_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

/** A fresh browser context (its own cookies), Danish, its clock running from the server's time. */
export async function newPanelContext(
  panel: Panel,
  serviceWorkers: 'allow' | 'block' = WITHOUT_SERVICE_WORKER.serviceWorkers,
): Promise<BrowserContext> {
  const context = await panel.browser.newContext({
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    serviceWorkers,
  });
  await context.clock.install({ time: panel.server.clock() });
  return context;
}

/**
 * A fresh browser context (its own cookies) logged in through the login form, on `start`:
 * the incident list unless told otherwise (the panel itself opens on the dashboard).
 */
export async function loginAs(
  panel: Panel,
  username: string,
  password = PASSWORD,
  start = '#/incidents',
): Promise<Page> {
  const context = await newPanelContext(panel);
  const page = await context.newPage();
  // Unauthenticated, the panel shows the login form and returns to `start` after it.
  await page.goto(`${panel.server.url}/${start}`);
  await page.getByLabel(/^Brugernavn/).fill(username);
  await page.getByLabel(/^Adgangskode/).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('menuitem', { name: 'Hændelser' }).waitFor();
  return page;
}
