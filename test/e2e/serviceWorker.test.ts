import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, newPanelContext, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { apiResponse, recordApiRequests, visible } from './helpers';

/** What the server answers itself: no cache of the worker may hold any of it. */
const SERVER_PATHS = /^\/(api|svar|metrics|adgangskode|indberet)(\/|$)/;
/** Installing the worker fetches the whole shell; on a loaded machine that takes a while. */
const WORKER_TIMEOUT = 45_000;

/** Every request the worker's caches hold, by address. */
const cachedUrls = (page: Page): Promise<{ cache: string; url: string }[]> =>
  page.evaluate(async () => {
    const held: { cache: string; url: string }[] = [];
    for (const cache of await caches.keys())
      for (const request of await (await caches.open(cache)).keys()) held.push({ cache, url: request.url });
    return held;
  });

/** Workbox names a file's revision by the MD5 of its bytes. */
const revisionOf = (bytes: Buffer | string) => crypto.createHash('md5').update(bytes).digest('hex');

/**
 * The service worker (vite-plugin-pwa, generateSW) in Chromium, against a copy of dist/ that the
 * last test changes as a deploy would. The tests run in order in one browser context: the worker
 * the first installs is the one the second visit meets and the third replaces.
 */
describe('the service worker', () => {
  let panel: Panel;
  let served: string;
  let context: BrowserContext;

  beforeAll(async () => {
    served = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-sw-'));
    fs.cpSync(DIST, served, { recursive: true });
    panel = await startPanel({ staticDir: served });
    context = await newPanelContext(panel, 'allow');
  });
  afterAll(async () => {
    await context?.close();
    await panel?.close();
    fs.rmSync(served, { recursive: true, force: true });
  });

  it('keeps the app shell and never an API answer', async () => {
    const page = await context.newPage();
    const api = recordApiRequests(page);
    await page.goto(`${panel.server.url}/#/`);
    await page.getByLabel(/^Brugernavn/).fill('admin');
    await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await visible(page.getByRole('menuitem', { name: 'Hændelser' }));
    // clientsClaim: the page that installed it is taken over once the shell is kept.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: WORKER_TIMEOUT,
    });
    // Pages that ask the API while the worker controls the page (the dashboard loaded anew, the
    // incident list): their answers pass it by.
    const dashboard = apiResponse(page, 'GET', /./);
    await page.reload();
    expect((await dashboard).status()).toBe(200);
    const incidents = apiResponse(page, 'GET', /^\/incidents$/);
    await page.goto(`${panel.server.url}/#/incidents`);
    expect((await incidents).status()).toBe(200);
    expect(api.length).toBeGreaterThan(3);

    const held = await cachedUrls(page);
    const paths = held.map((h) => new URL(h.url).pathname);
    const index = fs.readFileSync(path.join(served, 'index.html'), 'utf8');
    const shell = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(shell.length).toBeGreaterThan(0);
    expect(paths).toContain('/index.html');
    for (const file of shell) expect(paths).toContain(file);
    // The pages opened since (the dashboard's code among them) are kept as they were fetched.
    expect(paths.some((p) => /^\/assets\/Dashboard-[\w-]+\.js$/.test(p))).toBe(true);
    expect(paths.filter((p) => SERVER_PATHS.test(p))).toEqual([]);
    // Two caches, the shell's and the code's, and the second holds hashed files under /assets/ only.
    const caches = [...new Set(held.map((h) => h.cache))].sort();
    expect(caches).toHaveLength(2);
    expect(caches[0]).toBe('beredskab-assets');
    expect(caches[1]).toMatch(/^workbox-precache/);
    const kept = held.filter((h) => h.cache === 'beredskab-assets').map((h) => new URL(h.url).pathname);
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.every((p) => /^\/assets\/[\w.~-]+$/.test(p))).toBe(true);
    await page.close();
  });

  it('shows the login form on a second visit from its cache', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    const fromWorker: boolean[] = [];
    const document: boolean[] = [];
    page.on('response', (res) => {
      const { pathname } = new URL(res.url());
      if (pathname.startsWith('/assets/')) fromWorker.push(res.fromServiceWorker());
      if (res.request().isNavigationRequest()) document.push(res.fromServiceWorker());
    });
    await page.goto(`${panel.server.url}/`);
    await visible(page.getByLabel(/^Brugernavn/));
    await visible(page.getByRole('button', { name: 'Log ind' }));
    expect(document).toEqual([true]);
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(fromWorker.every(Boolean)).toBe(true);
    // The server's own addresses still reach the server: a password link is redirected by it.
    await page.goto(`${panel.server.url}/adgangskode/abc`);
    expect(new URL(page.url())).toMatchObject({ pathname: '/', hash: '#/adgangskode/abc' });
    // And a partner's reporting link: the server's word on the token, not the cached page.
    await page.goto(`${panel.server.url}/indberet/abc`);
    expect(new URL(page.url())).toMatchObject({ pathname: '/', hash: '#/indberet/abc' });
    await page.close();
  });

  it('is replaced by a new build’s worker: the open page loads again, the next visit is new', async () => {
    // A page open before the deploy, under the worker that is there.
    const open = await context.newPage();
    await open.goto(`${panel.server.url}/`);
    await visible(open.getByLabel(/^Brugernavn/));
    expect(await open.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A deploy: a changed index.html, and the worker that names its new revision.
    const indexFile = path.join(served, 'index.html');
    const workerFile = path.join(served, 'sw.js');
    const before = fs.readFileSync(indexFile, 'utf8');
    const after = before.replace('<head>', '<head>\n    <meta name="beredskab-build" content="next" />');
    const [oldRevision, newRevision] = [revisionOf(before), revisionOf(after)];
    const worker = fs.readFileSync(workerFile, 'utf8');
    expect(worker.split(oldRevision)).toHaveLength(2);
    fs.writeFileSync(indexFile, after);
    fs.writeFileSync(workerFile, worker.replace(oldRevision, newRevision));

    // The next visit has the browser ask for sw.js (no-cache) and find the new worker.
    const visit = await context.newPage();
    await visit.goto(`${panel.server.url}/`);
    // Once it has the new shell it takes over, and the page open all along loads the new version.
    await open
      .locator('meta[name="beredskab-build"]')
      .waitFor({ state: 'attached', timeout: WORKER_TIMEOUT });
    await visible(open.getByLabel(/^Brugernavn/));
    await Promise.all([open.close(), visit.close()]);

    const next = await context.newPage();
    const document: boolean[] = [];
    next.on('response', (res) => {
      if (res.request().isNavigationRequest()) document.push(res.fromServiceWorker());
    });
    await next.goto(`${panel.server.url}/`);
    await visible(next.getByLabel(/^Brugernavn/));
    expect(document).toEqual([true]);
    expect(await next.locator('meta[name="beredskab-build"]').count()).toBe(1);
    expect(await next.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${panel.server.url}/sw.js`,
    );
    // The new page kept, the old one dropped.
    const indexKeys = (await cachedUrls(next)).map((h) => h.url).filter((u) => u.includes('/index.html'));
    expect(indexKeys).toEqual([`${panel.server.url}/index.html?__WB_REVISION__=${newRevision}`]);
    await next.close();
  });
});
