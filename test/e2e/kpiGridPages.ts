import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Panel } from '../support/browser';
import { apiResponse } from './helpers';

/** A cell of the grid, named "<indicator>, <area>" (or "…, Hele helhedsplanen"). */
export const gridCell = (page: Page, indicator: string, place: string) =>
  page.getByRole('textbox', { name: `${indicator}, ${place}`, exact: true });

/** The accessible name of the input that has the keyboard. */
export const focusedCell = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

interface Figure {
  indicatorId: number;
  areaId: number | null;
  year: number;
  value: number;
}

/** The stored figures of a year, as the server's file holds them. */
export const storedFigures = (panel: Panel, year: number) =>
  (panel.server.readDb().measurements as Figure[])
    .filter((m) => m.year === year)
    .map(({ indicatorId, areaId, value }) => ({ indicatorId, areaId, value }));

/** Picks a CSV through "Importér fra fil" and waits for the server's preview. */
export async function importCsv(page: Page, name: string, lines: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importér fra fil' }).click();
  const previewed = apiResponse(page, 'POST', /^\/kpi\/import$/);
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  expect((await previewed).status()).toBe(200);
  return page.getByRole('dialog', { name: `Forhåndsvisning af ${name}` });
}

/** Clicks a lock button and gives the reason its dialog asks for (the button stays off until then). */
export async function withReason(page: Page, button: string, dialogTitle: string, reason: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  const confirm = dialog.getByRole('button', { name: button, exact: true });
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: /^Begrundelse/ }).fill(reason);
  await confirm.click();
}
