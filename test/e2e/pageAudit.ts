import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD } from '../support/server';
import { WITHOUT_SERVICE_WORKER, type Panel } from '../support/browser';
import { withShot } from './helpers';

const require = createRequire(import.meta.url);
const AXE_SOURCE: string = require('axe-core').source;

/** WCAG 2.0 and 2.1, levels A and AA: what webtilgængelighedsloven asks of Danish public bodies. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const PHONE = { width: 390, height: 844 };
export const NARROW_PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1440, height: 900 };

/** Every page of the panel, with what shows it is drawn; ids from the demo data. */
export const PAGES: { name: string; path: string; admin?: boolean; staff?: boolean }[] = [
  { name: 'dashboard', path: '#/' },
  { name: 'incidents', path: '#/incidents' },
  { name: 'incident', path: '#/incidents/38/show' },
  { name: 'incident-create', path: '#/incidents/create', staff: true },
  { name: 'incident-edit', path: '#/incidents/38', staff: true },
  { name: 'action-plans', path: '#/actionPlans' },
  { name: 'action-plan', path: '#/actionPlans/1/show' },
  { name: 'action-plan-form', path: '#/actionPlans/1', staff: true },
  { name: 'action-plan-print', path: '#/actionPlans/1/print' },
  { name: 'participants', path: '#/participants' },
  { name: 'participant', path: '#/participants/1/show' },
  { name: 'areas', path: '#/areas' },
  { name: 'programmes', path: '#/programmes' },
  { name: 'programme', path: '#/programmes/1/show' },
  { name: 'kpi-grid', path: '#/kpi-grid' },
  { name: 'indicators', path: '#/indicators' },
  { name: 'measurements', path: '#/measurements' },
  { name: 'reporters', path: '#/reporters' },
  { name: 'reporting-rounds', path: '#/reportingRounds' },
  { name: 'reporting-round', path: '#/reportingRounds/1/show', staff: true },
  { name: 'activities', path: '#/activities' },
  { name: 'activity-logs', path: '#/activityLogs' },
  { name: 'notifications', path: '#/notifications', staff: true },
  { name: 'users', path: '#/users', admin: true },
  { name: 'audit-log', path: '#/auditLog', admin: true },
  { name: 'retention', path: '#/retention', admin: true },
  { name: 'second-factor', path: '#/second-factor' },
  { name: 'sessions', path: '#/sessions' },
  { name: 'settings', path: '#/settings', admin: true },
  { name: 'start', path: '#/start', admin: true },
  { name: 'directory-mappings', path: '#/directoryMappings', admin: true },
  { name: 'directory-mapping-create', path: '#/directoryMappings/create', admin: true },
  { name: 'directory-mapping', path: '#/directoryMappings/1/show', admin: true },
  { name: 'directory-mapping-edit', path: '#/directoryMappings/1', admin: true },
];

/** What PAGES shows that the demo data lacks: directory mappings (1 a programme's role, 2 the system administrator's). */
export async function addPageRecords(panel: Panel): Promise<void> {
  const admin = await panel.server.as('admin');
  for (const mapping of [
    { claimValue: 'beredskab-randers-redaktoer', programmeId: 1, role: 'editor' },
    { claimValue: 'beredskab-it-administratorer', programmeId: null, role: 'admin' },
  ]) {
    const made = await admin.post('/api/directoryMappings', mapping);
    if (made.status !== 201)
      throw new Error(`directory mapping: ${made.status} ${JSON.stringify(made.body)}`);
  }
}

export interface Finding {
  page: string;
  rule: string;
  impact: string | null | undefined;
  nodes: number;
  targets: string[];
}

/**
 * A page not yet logged in at a viewport (touch below 600 px), in a context of its own that
 * lets axe-core's script past the CSP.
 */
export async function newPageAt(
  browser: Browser,
  viewport: { width: number; height: number },
  locale: 'da' | 'en' = 'da',
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: locale === 'da' ? 'da-DK' : 'en-GB',
    timezoneId: 'Europe/Copenhagen',
    bypassCSP: true,
    hasTouch: viewport.width < 600,
    isMobile: viewport.width < 600,
    ...WITHOUT_SERVICE_WORKER,
  });
  return context.newPage();
}

/** A logged-in page at a viewport, its clock at the server's. */
export async function openAs(
  panel: Panel,
  browser: Browser,
  username: string,
  viewport: { width: number; height: number },
  locale: 'da' | 'en' = 'da',
): Promise<Page> {
  const page = await newPageAt(browser, viewport, locale);
  track(page);
  await page.context().clock.install({ time: panel.server.clock() });
  await page.goto(`${panel.server.url}/#/`);
  await page.getByLabel(/^(Brugernavn|Username)/).fill(username);
  await page.getByLabel(/^(Adgangskode|Password)/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Log ind|Sign in)$/ }).click();
  await page.waitForFunction(() => !document.querySelector('form input[type=password]'), undefined, {
    timeout: 15_000,
  });
  // Signed in when the layout's user menu is there: react-admin has made its own move after the
  // login by then, so a test's next page is not taken back to the dashboard under it.
  await page.getByRole('button', { name: /profil/i }).waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

/**
 * Switches the panel's language the way the app bar's picker remembers it, and reloads: the
 * store is read at start, and a `goto` that changes only the hash does not reload the page.
 */
export async function setLanguage(page: Page, locale: 'da' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  await page.reload();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 15_000 });
}

const inFlight = new WeakMap<Page, Map<unknown, number>>();

/**
 * The page's requests in flight, from now on, each with when it started (polling panels never
 * reach "network idle").
 */
function track(page: Page): Map<unknown, number> {
  let open = inFlight.get(page);
  if (!open) {
    const requests = new Map<unknown, number>();
    page.on('request', (r) => requests.set(r, Date.now()));
    page.on('requestfinished', (r) => requests.delete(r));
    page.on('requestfailed', (r) => requests.delete(r));
    inFlight.set(page, (open = requests));
  }
  return open;
}

/**
 * A request Chromium never reports ended (one cut off as the login moves the page on) would hold
 * every later wait to its limit: one that has run this long is not waited for.
 */
const GIVEN_UP_MS = 5_000;

/** Goes to `path` and waits until the page has settled: no request for 300 ms, no spinner. */
export async function show(page: Page, path: string): Promise<void> {
  // What the page before asked for is not this page's to wait for.
  track(page).clear();
  await page.goto(`${new URL(page.url()).origin}/${path}`);
  await settled(page);
}

/** Until the page has had no request in flight for 300 ms, and no spinner (15 s at most). */
async function settled(page: Page): Promise<void> {
  const open = track(page);
  const until = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    const now = Date.now();
    if ([...open.values()].some((started) => now - started < GIVEN_UP_MS)) quietSince = now;
    const busy = await page.evaluate(() =>
      Boolean(
        document.querySelector('.MuiCircularProgress-root, .MuiSkeleton-root, .MuiLinearProgress-root'),
      ),
    );
    if (busy) quietSince = Date.now();
    if (Date.now() - quietSince >= 300) return;
    await page.waitForTimeout(50);
  }
}

/**
 * Until what fades or moves in (a notification, a menu closing) has arrived: axe reads colours
 * as they are drawn, and half-way through a fade a text's contrast is half its own. On a loaded
 * machine a 225 ms transition can still run when the page is otherwise settled. Spinners turn
 * for ever and are not waited for.
 */
async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ])`);
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, once its transitions have ended. */
export async function axeFindings(page: Page, name: string): Promise<Finding[]> {
  await transitionsEnded(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return (result.violations as any[]).map((v) => ({
    page: name,
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n: any) => String(n.target.join(' '))),
  }));
}

/**
 * How far the page reaches past the right edge of the viewport (0 when it fits): the
 * widest element that is not inside a box of its own, itself within the screen, that
 * scrolls sideways (the KPI grid scrolls in its box on purpose). Content cut off by a box
 * that hides its overflow counts: it cannot be seen. The document's scrollWidth alone
 * does not tell, since the layout may hide what sticks out.
 */
export async function overflow(page: Page): Promise<number> {
  // A string, not a function: tsx (which runs scripts/audit-pages.ts) wraps named functions
  // in a helper the browser does not have.
  return page.evaluate(OVERFLOW);
}

const OVERFLOW = `(() => {
  const screen = document.documentElement.clientWidth;
  const inScrollBox = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const x = getComputedStyle(a).overflowX;
      if ((x === 'auto' || x === 'scroll') && a.getBoundingClientRect().right <= screen + 1) return true;
    }
    return false;
  };
  let right = document.documentElement.scrollWidth;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= right) continue;
    if (getComputedStyle(el).visibility === 'hidden' || inScrollBox(el)) continue;
    right = box.right;
  }
  // Not innerWidth: on a phone Chromium widens the layout viewport to fit a page too wide.
  return Math.max(0, Math.round(right - screen));
})()`;

/**
 * How much wider than the screen the page is laid out (0 when it fits). On a phone context
 * (`isMobile`) Chromium widens the layout viewport, and `window.innerWidth` with it, to fit a
 * too-wide page, so `overflow` reads 0 there; the root's clientWidth stays the screen's width.
 */
export async function widerThanScreen(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
}

/** `body` on a fresh page logged in as `username` at `viewport`; a picture if it fails, closed after. */
export async function asUserAt(
  panel: Panel,
  username: string,
  viewport: { width: number; height: number },
  name: string,
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await openAs(panel, panel.browser, username, viewport);
  try {
    await withShot(page, name, () => body(page));
  } finally {
    await page.context().close();
  }
}
