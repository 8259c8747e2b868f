import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { asUser, dataRows, visible } from './helpers';

/**
 * Markup typed into a text field is text: the panel shows it literally and never runs it,
 * on the record's page, in its title, in lists and in the pages that list it.
 */

const DESCRIPTION = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>fed</b>';
const AREA_NAME = '<i>Område</i>';
const NOTES = '<svg onload="window.__xss=3"></svg><a href="javascript:window.__xss=4">klik</a>';

const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  incidents: { occurredAt: string }[];
};
/** After every demo incident, so the list's default sort (newest first) puts it on top. */
const OCCURRED_AT = new Date(
  Math.max(...seed.incidents.map((i) => Date.parse(i.occurredAt))) + 3_600_000,
).toISOString();

let panel: Panel;
let areaId: number;
let incidentId: number;

beforeAll(async () => {
  panel = await startPanel();
  const editor = await panel.server.as('editor');
  const area = await editor.post('/api/areas', {
    name: AREA_NAME,
    programmeId: 2,
    housingOrganisation: '<u>RandersBolig</u>',
  });
  expect(area.status, JSON.stringify(area.body)).toBe(201);
  areaId = area.body.id;
  const incident = await editor.post('/api/incidents', {
    programmeId: 2,
    areaId,
    occurredAt: OCCURRED_AT,
    level: 'green',
    category: 'other',
    policeCase: false,
    activatedBy: 'housingOrganisation',
    description: DESCRIPTION,
    confidentialNotes: NOTES,
  });
  expect(incident.status, JSON.stringify(incident.body)).toBe(201);
  incidentId = incident.body.id;
  // Stored as sent: escaping is the panel's job, not the API's.
  expect(incident.body.description).toBe(DESCRIPTION);
});

afterAll(async () => {
  await panel?.close();
});

/** Fails the test on any script dialog the markup might open. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Nothing of the markup became markup: no global set, no element made from it. */
async function expectInert(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
  expect(await page.locator('b', { hasText: 'fed' }).count(), `${where}: <b>fed</b>`).toBe(0);
  expect(await page.locator('i', { hasText: 'Område' }).count(), `${where}: <i>Område</i>`).toBe(0);
  expect(await page.locator('u', { hasText: 'RandersBolig' }).count(), `${where}: <u>`).toBe(0);
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count(), where).toBe(0);
  expect(await page.locator('#root script, body > div script').count(), `${where}: <script>`).toBe(0);
}

describe('markup in text fields is shown as text, never run', () => {
  it('on the incident’s page, in its title and in the incident list', { timeout: 60_000 }, () =>
    asUser(panel, 'editor', 'xss-incident', async (page) => {
      const dialogs = watchDialogs(page);
      await page.goto(`${panel.server.url}/#/incidents/${incidentId}/show`);

      // The description, whole and literal, and the part the brief names.
      await visible(page.getByText(DESCRIPTION, { exact: true }).first());
      await visible(page.getByText('<b>fed</b>', { exact: false }).first());
      await visible(page.getByText(AREA_NAME, { exact: true }).first());
      // The page's title names the record by its description, cut at 60 characters.
      await visible(page.getByText(`${DESCRIPTION.slice(0, 60)}…`, { exact: false }).first());
      // The editor sees the confidential notes, literally too.
      await visible(page.getByText(NOTES, { exact: true }));
      await expectInert(page, 'incident show');

      await page.getByRole('menuitem', { name: 'Hændelser' }).click();
      await page.waitForURL(/#\/incidents$/);
      const row = dataRows(page).filter({ hasText: AREA_NAME });
      await visible(row.first());
      expect(await row.first().getByRole('cell').nth(1).innerText()).toBe(AREA_NAME);
      await expectInert(page, 'incident list');
      expect(dialogs).toEqual([]);
    }),
  );

  it('on the area’s page, its list of incidents and the area list', { timeout: 60_000 }, () =>
    asUser(panel, 'editor', 'xss-area', async (page) => {
      const dialogs = watchDialogs(page);
      await page.goto(`${panel.server.url}/#/areas/${areaId}/show`);
      await visible(page.getByText(AREA_NAME, { exact: true }).first());
      await visible(page.getByText('<u>RandersBolig</u>', { exact: true }).first());
      // Its incidents are listed there; the row's level shows it has loaded.
      await visible(dataRows(page).first());
      await expectInert(page, 'area show');

      await page.getByRole('menuitem', { name: 'Boligområder' }).click();
      await page.waitForURL(/#\/areas$/);
      await visible(page.getByRole('cell', { name: AREA_NAME, exact: true }));
      await expectInert(page, 'area list');
      expect(dialogs).toEqual([]);
    }),
  );

  it('for a board member, who sees the description but not the notes', { timeout: 60_000 }, () =>
    asUser(panel, 'board', 'xss-board', async (page) => {
      const dialogs = watchDialogs(page);
      await page.goto(`${panel.server.url}/#/incidents/${incidentId}/show`);
      await visible(page.getByText(DESCRIPTION, { exact: true }).first());
      expect(await page.getByText('klik').count()).toBe(0);
      await expectInert(page, 'incident show (board)');
      expect(dialogs).toEqual([]);
    }),
  );
});
