import fs from 'node:fs';
import type { Locator, Page, Response } from 'playwright-core';
import { loginAs, type Panel } from '../support/browser';
import { everyProgramme } from '../support/server';

/** Where failing tests leave a picture of the page. */
export const SHOTS = '/tmp/e2e-shots';

/** Generous time for anything the panel has to fetch and render. */
export const UI_TIMEOUT = 15_000;

/** Waits until the locator is visible, with a longer patience than Playwright's default for `waitFor`. */
export function visible(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  return locator.waitFor({ state: 'visible', timeout });
}

/** Waits until the locator is gone (detached or hidden). */
export function gone(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  return locator.waitFor({ state: 'hidden', timeout });
}

/** The next response of the API to `method` on a path matching `path` (relative to /api). */
export function apiResponse(
  page: Page,
  method: string,
  path: RegExp,
  timeout = UI_TIMEOUT,
): Promise<Response> {
  return page.waitForResponse(
    (res) => {
      if (res.request().method() !== method) return false;
      const url = new URL(res.url());
      return url.pathname.startsWith('/api/') && path.test(url.pathname.slice(4));
    },
    { timeout },
  );
}

/**
 * Scrolls every chart still waiting below the fold into view, one after the other, until the
 * dashboard has drawn them all (charts are drawn as they come into view).
 */
export async function drawEveryChart(page: Page): Promise<void> {
  const waiting = page.locator('.chart-placeholder');
  for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
    await waiting.first().scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('.chart-placeholder').length < n, left, {
      timeout: UI_TIMEOUT,
    });
  }
}

/** Records every request the page sends to the API, to check later what was (not) sent. */
export function recordApiRequests(page: Page): { method: string; path: string }[] {
  const sent: { method: string; path: string }[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) sent.push({ method: req.method(), path: url.pathname });
  });
  return sent;
}

/** Types part of a name into a react-admin AutocompleteInput and picks the matching option. */
export async function pickAutocomplete(page: Page, label: RegExp, typed: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  const choice = page.getByRole('option', { name: option });
  await visible(choice);
  await choice.click();
  await gone(page.getByRole('listbox'));
}

/** Opens a react-admin SelectInput (an MUI select) and picks an option by its visible name. */
export async function pickSelect(page: Page, label: RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  const listbox = page.getByRole('listbox');
  await visible(listbox);
  await listbox.getByRole('option', { name: option }).click();
  await gone(listbox);
}

/** A screenshot for debugging, named after the test. */
export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name.replace(/[^\wæøåÆØÅ-]+/g, '_')}.png`, fullPage: true });
}

/** Runs `body` and leaves a screenshot behind when it throws. */
export async function withShot<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    await shot(page, name).catch(() => undefined);
    throw err;
  }
}

/** dd.mm.yyyy as the panel writes a date in Danish (Copenhagen time). */
export const DANISH_DATE = /^\d{2}\.\d{2}\.\d{4}/;

/** The data rows of a list's table (the header row has column headers, not cells). */
export const dataRows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

/**
 * Opens the area list from the menu and waits until it, not the page before it, is shown:
 * the incident list also names areas, so rows alone do not tell the lists apart.
 */
export async function openAreaList(page: Page) {
  await page.getByRole('menuitem', { name: 'Boligområder' }).click();
  await page.waitForURL(/#\/areas$/);
  await visible(page.getByRole('columnheader').filter({ hasText: 'Husstande' }));
  await visible(dataRows(page).first());
}

/** Runs `body` on a page logged in as `username`, then closes its context; a screenshot on failure. */
export async function asUser(
  panel: Panel,
  username: string,
  name: string,
  body: (page: Page) => Promise<void>,
  password?: string,
  start?: string,
) {
  const page = await loginAs(panel, username, password, start);
  try {
    await withShot(page, name, () => body(page));
  } finally {
    await page.context().close();
  }
}

/** A user made by an admin through the API, for tests about something else than creating one. */
export async function createUser(panel: Panel, username: string, password: string, role = 'editor') {
  const admin = await panel.server.as('admin');
  const memberships = role === 'admin' ? [] : await everyProgramme(admin, role);
  const res = await admin.post('/api/users', {
    username,
    fullName: `Test ${username}`,
    role,
    memberships,
    password,
  });
  if (res.status !== 201) throw new Error(`creating ${username} failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number };
}

/** As `asUser`, but starting on `start` (e.g. `#/?programmeId=1&year=2019`) instead of the incident list. */
export const asUserOn = (
  panel: Panel,
  username: string,
  start: string,
  name: string,
  body: (page: Page) => Promise<void>,
) => asUser(panel, username, name, body, undefined, start);
