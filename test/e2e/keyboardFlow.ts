import type { Locator, Page } from 'playwright-core';
import { apiResponse, gone, UI_TIMEOUT, visible } from './helpers';

/** What has the focus, for a failure message: tag, role and name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '(nothing)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute('role') ?? ''}> "${name}"`;
  });

const hasFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 100): Promise<void> {
  await visible(target);
  for (let i = 0; i < max; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}; the focus is on ${await focused(page)}`);
}

/** Tabs to a button or link and presses Enter on it. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** An MUI select: Enter opens its list, typing jumps to the option, Enter picks it. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await visible(listbox);
  await page.keyboard.type(option);
  await page.getByRole('option', { name: option }).and(page.locator(':focus')).waitFor();
  await page.keyboard.press('Enter');
  await gone(listbox);
}

/** An autocomplete: typing filters it, the arrow key highlights the first match, Enter picks it. */
export async function typeAndPick(page: Page, input: Locator, typed: string, option: RegExp | string) {
  await tabTo(page, input);
  await page.keyboard.type(typed);
  // The list narrows as the server answers: wait until the wanted option leads it.
  await page
    .getByRole('option')
    .first()
    .and(page.getByRole('option', { name: option }))
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await gone(page.getByRole('listbox'));
}

/** Logs in from the login form with Tab, typing and Enter. */
export async function loginByKeyboard(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/#/incidents`);
  await tabTo(page, page.getByLabel(/^Brugernavn/));
  await page.keyboard.type(username);
  await tabTo(page, page.getByLabel(/^Adgangskode/));
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await visible(page.getByRole('menuitem', { name: 'Hændelser' }));
}

/** Registers a yellow incident with the keyboard alone, from the incident list; returns its id. */
export async function registerIncidentByKeyboard(page: Page, url: string, description: string) {
  await page.goto(`${url}/#/incidents`);
  await activate(page, page.getByRole('link', { name: 'Opret' }));
  await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));
  await typeAndPick(
    page,
    page.getByRole('combobox', { name: /^Helhedsplan/ }),
    'Randers',
    'Boligsocial helhedsplan Randers 2025-2029',
  );
  await typeAndPick(page, page.getByRole('combobox', { name: /^Boligområde/ }), 'vangd', 'Vangdalen');
  await chooseOption(page, page.getByRole('combobox', { name: /^Kategori/ }), 'Hærværk');
  const yellow = page.getByRole('radio', { name: 'Gult' });
  await tabTo(page, yellow);
  await page.keyboard.press('Space');
  await yellow.and(page.locator('[aria-checked="true"]')).waitFor();
  await chooseOption(page, page.getByRole('combobox', { name: /^Aktiveret af/ }), 'Boligorganisationen');
  await tabTo(page, page.getByRole('textbox', { name: /^Beskrivelse/ }));
  await page.keyboard.type(description);
  const created = apiResponse(page, 'POST', /^\/incidents$/);
  await activate(page, page.getByRole('button', { name: 'Gem' }));
  const response = await created;
  if (response.status() !== 201) throw new Error(`POST /incidents answered ${response.status()}`);
  const { id } = (await response.json()) as { id: number };
  await page.waitForURL(new RegExp(`#/incidents/${id}/show$`), { timeout: UI_TIMEOUT });
  return id;
}

/** Presses "Næste" and waits for the step's address. */
async function nextStep(page: Page, step: number) {
  await activate(page, page.getByRole('button', { name: 'Næste' }));
  await page.waitForURL(new RegExp(`step=${step}$`), { timeout: UI_TIMEOUT });
}

/**
 * From the incident's page: "Opret handleplan", then each step of the guided form filled
 * from the keyboard (the situation comes from the incident), to the review. Returns the plan's id.
 */
export async function walkPlanByKeyboard(page: Page): Promise<number> {
  const created = apiResponse(page, 'POST', /^\/actionPlans$/);
  await activate(page, page.getByRole('button', { name: 'Opret handleplan' }));
  const planId = ((await (await created).json()) as { id: number }).id;
  await page.waitForURL(new RegExp(`#/actionPlans/${planId}\\?step=1$`), { timeout: UI_TIMEOUT });

  // 1 Situation: filled in from the incident.
  await visible(page.getByLabel('Beskrivelse af situationen'));
  await nextStep(page, 2);

  // 2 Purpose and target groups.
  await tabTo(page, page.getByLabel('Formål', { exact: true }));
  await page.keyboard.type('At skabe tryghed i opgangen.');
  await tabTo(page, page.getByLabel('Målgrupper'));
  await page.keyboard.type('Beboerne i opgang 3');
  await nextStep(page, 3);

  // 3 Interventions: a row typed in, with a responsible party.
  await activate(page, page.getByRole('button', { name: 'Tilføj indsats' }));
  await tabTo(page, page.getByLabel('Indsats', { exact: true }));
  await page.keyboard.type('Ekstra opsyn i kælderen');
  await tabTo(page, page.getByLabel('Ansvarlig part'));
  await page.keyboard.type('Driften');
  await nextStep(page, 4);

  // 4 Communication: one row, to the residents.
  await activate(page, page.getByRole('button', { name: 'Tilføj kommunikation' }));
  await chooseOption(page, page.getByRole('combobox', { name: /^Part/ }), 'Beboere');
  await tabTo(page, page.getByLabel('Hovedbudskab'));
  await page.keyboard.type('Der er ekstra opsyn i kælderen.');
  await nextStep(page, 5);

  // 5 Period, typed into the date fields. Chromium orders a date field's parts by its own
  // language, not the page's, so the dates read the same day first or month first.
  await tabTo(page, page.getByLabel('Startdato'));
  await page.keyboard.type('12122026');
  await tabTo(page, page.getByLabel('Slutdato'));
  await page.keyboard.type('01012027');
  await nextStep(page, 6);
  return planId;
}
