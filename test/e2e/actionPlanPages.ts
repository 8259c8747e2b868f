import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiResponse, gone, visible } from './helpers';
import { planPut } from './actionPlanFlow';

/** The printed plan's sections, in the written template's order, then the log and the signatures. */
export const PRINT_HEADINGS = [
  '1. Situation',
  '2. Formål og målgrupper',
  '3. Indsatser',
  '4. Kommunikationsplan',
  '5. Periode',
  '6. Godkendelser',
  '7. SSP’s status på indsatserne',
  '8. Evaluering',
  '9. Hændelseslog',
  '10. Underskrifter',
];

/** The print view: every heading, one table row per intervention, one signature line per signatory, no chrome. */
export async function checkPrint(page: Page, actions: string[], signatories: { name: string }[]) {
  const headings = page.getByRole('heading', { level: 2 });
  await visible(headings.filter({ hasText: 'Underskrifter' }));
  const texts = await headings.allInnerTexts();
  // The demo plan carries confidential notes: printed for the response group, between evaluation and log.
  expect(texts.filter((t) => t !== 'Fortrolige noter')).toEqual(PRINT_HEADINGS);
  expect(texts.indexOf('Fortrolige noter')).toBe(PRINT_HEADINGS.indexOf('9. Hændelseslog'));
  const rows = page.getByRole('table', { name: 'Indsatser' }).getByRole('row');
  await expect.poll(() => rows.count()).toBe(actions.length + 1);
  for (const [i, action] of actions.entries())
    expect(
      await rows
        .nth(i + 1)
        .getByRole('cell')
        .first()
        .innerText(),
    ).toBe(action);
  await expect
    .poll(() => page.getByRole('group', { name: /^Underskrift – / }).count())
    .toBe(signatories.length);
  for (const s of signatories)
    await visible(page.getByRole('group', { name: `Underskrift – ${s.name}` }).getByText(s.name));
  expect(await page.getByRole('banner').count()).toBe(0);
  expect(await page.getByRole('menuitem').count()).toBe(0);
  expect(await page.getByRole('menu').count()).toBe(0);
}

/** Prints the page to an A4 PDF and counts its pages. */
export async function printPdf(page: Page, path: string): Promise<number> {
  fs.rmSync(path, { force: true });
  await page.pdf({ format: 'A4', path, printBackground: true });
  const bytes = fs.readFileSync(path, 'latin1');
  expect(bytes.startsWith('%PDF')).toBe(true);
  return (bytes.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Fills a plan-action dialog's fields by label and confirms with `confirm`; returns the PUT's status. */
export async function planDialog(
  page: Page,
  open: string,
  fields: [RegExp | string, string][],
  confirm: string,
  sent: (plan: Record<string, any>) => boolean,
): Promise<number> {
  await page.getByRole('button', { name: open }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, value] of fields) await dialog.getByLabel(label).fill(value);
  const put = planPut(page, sent);
  await dialog.getByRole('button', { name: confirm }).click();
  const status = (await put).status();
  await gone(dialog);
  return status;
}

/** Writes a log entry through the dialog, or a correction of `correcting` when given; returns the stored entry. */
export async function writeLogEntry(page: Page, happened: string, correcting?: number) {
  const dialog = page.getByRole('dialog');
  if (correcting) {
    await page.getByRole('button', { name: `Ret logpost #${correcting}` }).click();
    await expect.poll(() => dialog.getByLabel(/^Hvad skete der/).inputValue()).not.toBe('');
  } else {
    await page.getByRole('button', { name: 'Tilføj logpost' }).click();
    await dialog.getByLabel(/^Hvem blev informeret/).fill('Driften');
  }
  await dialog.getByLabel(/^Hvad skete der/).fill(happened);
  const created = apiResponse(page, 'POST', /^\/incidentLogEntries$/);
  await dialog.getByRole('button', { name: 'Gem' }).click();
  const entry = (await (await created).json()) as { id: number; author: string; correctsId: number | null };
  await gone(dialog);
  return entry;
}
