import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startPanel, type Panel } from '../support/browser';
import type { Client } from '../support/server';
import { apiResponse, asUser, createUser, dataRows, gone, visible, withShot } from './helpers';

let panel: Panel;
let adminApi: Client;
const EDITOR2 = { username: 'editor2', password: 'editor2-har-en-lang-kode' };
beforeAll(async () => {
  panel = await startPanel();
  adminApi = await panel.server.as('admin');
  await createUser(panel, EDITOR2.username, EDITOR2.password);
});
afterAll(async () => {
  await panel?.close();
});

/** The stored incident, as an admin reads it through the API. */
const storedIncident = async (id: number) => (await adminApi.get(`/api/incidents/${id}`)).body;

describe('the audit log', () => {
  it("shows an admin's edit of an incident, reached through its History button", { timeout: 60_000 }, () =>
    asUser(panel, 'admin', 'history-d', async (page) => {
      const before = (await storedIncident(12)).description as string;
      const after = `Uro efter skoleafslutning, <b>ikke</b> markup ${Date.now().toString(36)}`;
      await page.goto(`${panel.server.url}/#/incidents/12/show`);
      await visible(page.getByText(before, { exact: true }));
      await page.getByRole('link', { name: 'Rediger' }).click();
      await page.getByLabel(/^Beskrivelse/).fill(after);
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.waitForURL(/#\/incidents\/12\/show$/);
      await visible(page.getByText(after, { exact: true }));

      await page.getByRole('link', { name: 'Historik' }).click();
      await page.waitForURL(/#\/auditLog\?/);
      const query = new URL(page.url().replace('#/', '')).searchParams;
      expect(JSON.parse(query.get('filter')!)).toEqual({ resource: 'incidents', recordId: 12 });
      const row = dataRows(page).filter({ hasText: 'Ændret' }).first();
      await visible(row);
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}\.\d{2}$/);
      expect(cells.slice(1)).toEqual(['admin', 'Ændret', 'Hændelse', '12', 'Beskrivelse']);

      await row.click();
      await page.waitForURL(/#\/auditLog\/\d+\/show$/);
      const change = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Beskrivelse' }) });
      await visible(change);
      expect(await change.getByRole('cell').allInnerTexts()).toEqual([before, after]);
      // Typed text is shown as text, never interpreted as markup.
      expect(await change.locator('b').count()).toBe(0);
    }),
  );
});

describe('two editors saving the same incident', () => {
  /** Opens incident `id`'s edit page and waits until its description is loaded. */
  async function openEdit(page: Page, id: number) {
    await page.goto(`${panel.server.url}/#/incidents/${id}`);
    const description = page.getByLabel(/^Beskrivelse/);
    await expect.poll(() => description.inputValue(), { timeout: 15_000 }).not.toBe('');
    return description;
  }

  /** Both open incident `id`; the first saves `first`, then the second types `second` and saves. */
  async function conflict(id: number, first: string, second: string) {
    const [a, b] = [await loginAs(panel, 'editor'), await loginAs(panel, EDITOR2.username, EDITOR2.password)];
    const [descA, descB] = [await openEdit(a, id), await openEdit(b, id)];
    const original = await descA.inputValue();
    await descA.fill(first);
    await a.getByRole('button', { name: 'Gem' }).click();
    await a.waitForURL(new RegExp(`#/incidents/${id}/show$`));
    await a.context().close();

    await descB.fill(second);
    const refused = apiResponse(b, 'PUT', new RegExp(`^/incidents/${id}$`));
    await b.getByRole('button', { name: 'Gem' }).click();
    expect((await refused).status()).toBe(409);
    const dialog = b.getByRole('dialog', { name: 'Posten er ændret af en anden' });
    await visible(dialog);
    return { page: b, dialog, description: descB, original };
  }

  it(
    "shows the second the first one's change, keeps their text, and saves it on purpose",
    { timeout: 90_000 },
    async () => {
      const { page, dialog, description, original } = await conflict(
        15,
        'Første redaktørs tekst',
        'Anden redaktørs tekst',
      );
      await withShot(page, 'history-e', async () => {
        const row = dialog
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: 'Beskrivelse' }) });
        // Field, before → now, and what this editor typed.
        expect(await row.getByRole('cell').allInnerTexts()).toEqual([
          original,
          'Første redaktørs tekst',
          'Anden redaktørs tekst',
        ]);
        expect(await description.inputValue()).toBe('Anden redaktørs tekst');
        await dialog.getByRole('button', { name: 'Behold mine ændringer' }).click();
        await gone(dialog);
        expect(await description.inputValue()).toBe('Anden redaktørs tekst');
        const saved = apiResponse(page, 'PUT', /^\/incidents\/15$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        expect((await saved).status()).toBe(200);
        await page.waitForURL(/#\/incidents\/15\/show$/);
      }).finally(() => page.context().close());
      expect((await storedIncident(15)).description).toBe('Anden redaktørs tekst');
    },
  );

  it(
    'loads the new version, discarding the typed text, when the second chooses so',
    { timeout: 90_000 },
    async () => {
      const { page, dialog, description } = await conflict(16, 'Den gemte tekst', 'Den kasserede tekst');
      await withShot(page, 'history-e2', async () => {
        await dialog.getByRole('button', { name: 'Hent den nye version' }).click();
        await gone(dialog);
        await expect.poll(() => description.inputValue()).toBe('Den gemte tekst');
      }).finally(() => page.context().close());
      expect((await storedIncident(16)).description).toBe('Den gemte tekst');
    },
  );
});
