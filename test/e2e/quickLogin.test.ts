import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { visible } from './helpers';
import { axeFindings, newPageAt, PHONE } from './pageAudit';

/**
 * The login form the panel opens with (src/admin/boot): drawn before react-admin and MUI have
 * loaded, then handing the signed-in user to the panel on the page the link named.
 */
let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

/** The scripts index.html names: the entry and what it imports. */
const firstScreenScripts = () =>
  [
    ...fs
      .readFileSync(path.join(DIST, 'index.html'), 'utf8')
      .matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g),
  ].map((m) => m[1]!);

async function phoneAt(hash: string, locale: 'da' | 'en' = 'da'): Promise<{ page: Page; scripts: string[] }> {
  const page = await newPageAt(panel.browser, PHONE, locale);
  await page.context().clock.install({ time: panel.server.clock() });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  if (locale === 'en')
    await page.addInitScript(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  await page.goto(`${panel.server.url}/${hash}`);
  return { page, scripts };
}

describe('the login form the panel opens with', () => {
  it(
    'is drawn by the first screen’s scripts alone, passes axe, and is used by keyboard',
    { timeout: 60_000 },
    async () => {
      // Every script but those index.html names is refused: the form comes all the same.
      const named = firstScreenScripts();
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((s) => /\/(vendor|App|charts)-/.test(s))).toEqual([]);
      const alone = await newPageAt(panel.browser, PHONE);
      await alone.route('**/assets/*.js', (route) =>
        named.includes(new URL(route.request().url()).pathname) ? route.continue() : route.abort(),
      );
      await alone.goto(`${panel.server.url}/#/`);
      await visible(alone.getByLabel(/^Brugernavn/));
      await visible(alone.getByRole('button', { name: 'Log ind' }));
      expect(await axeFindings(alone, 'login')).toEqual([]);
      await alone.context().close();

      const { page } = await phoneAt('#/');
      await visible(page.getByLabel(/^Brugernavn/));

      // The username field has the focus; Tab to the password, Enter signs in.
      const stats: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/stats/dashboard') stats.push(r.url());
      });
      await page.keyboard.type('admin');
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await visible(page.getByRole('heading', { name: /^Helhedsplanen for Viborg 2017-2021 · 2020$/ }));
      // Asked once, while the panel's code loaded: the dashboard took that answer.
      expect(stats).toHaveLength(1);
      await page.context().close();
    },
  );

  it('says in Danish what is missing or wrong, and in English when English was chosen', async () => {
    const { page } = await phoneAt('#/');
    await page.getByRole('button', { name: 'Log ind' }).tap();
    await expect.poll(() => page.getByText('Obligatorisk').count()).toBe(2);
    await page.getByLabel(/^Brugernavn/).fill('admin');
    await page.getByLabel(/^Adgangskode/).fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).tap();
    await visible(page.getByRole('alert').filter({ hasText: 'Forkert brugernavn eller adgangskode' }));
    await page.getByRole('button', { name: 'Vis adgangskode' }).tap();
    expect(await page.getByLabel(/^Adgangskode/).getAttribute('type')).toBe('text');
    await page.context().close();

    const english = await phoneAt('#/', 'en');
    await visible(english.page.getByLabel(/^Username/));
    await visible(english.page.getByRole('button', { name: 'Sign in' }));
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await english.page.context().close();
  });

  it(
    'comes back at once in a browser without a session, before the server has answered, and keeps to the panel after the login',
    { timeout: 60_000 },
    async () => {
      const { page } = await phoneAt('#/');
      await visible(page.getByLabel(/^Brugernavn/)); // the first visit keeps what the server offered
      const again = await page.context().newPage();
      const answered: string[] = [];
      await again.route(/\/api\/auth\/(me|options)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.continue();
        answered.push(new URL(route.request().url()).pathname);
      });
      await again.goto(`${panel.server.url}/#/`);
      await visible(again.getByLabel(/^Brugernavn/));
      expect(answered).toEqual([]);
      await again.getByLabel(/^Brugernavn/).fill('admin');
      await again.getByLabel(/^Adgangskode/).fill(PASSWORD);
      await again.getByRole('button', { name: 'Log ind' }).tap();
      const heading = again.getByRole('heading', { name: /^Helhedsplanen for Viborg 2017-2021 · 2020$/ });
      await visible(heading);
      // The session's late "nobody" does not bring the form back over the panel.
      await expect.poll(() => answered.length, { timeout: 10_000 }).toBe(2);
      await visible(heading);
      expect(await again.getByLabel(/^Brugernavn/).count()).toBe(0);
      await page.context().close();
    },
  );

  it('opens the page a link named once signed in, its code fetched while the session was asked', async () => {
    const { page, scripts } = await phoneAt('#/incidents/create');
    await page.getByLabel(/^Brugernavn/).fill('admin');
    await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).tap();
    await visible(page.getByLabel(/^Beskrivelse/));
    expect(new URL(page.url()).hash).toBe('#/incidents/create');
    expect(scripts.some((s) => /\/IncidentCreate-[\w-]+\.js$/.test(s))).toBe(true);
    await page.context().close();
  });
});
