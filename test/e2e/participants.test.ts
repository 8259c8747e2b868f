import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, asUser, pickAutocomplete, visible } from './helpers';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

describe('participants in the panel', () => {
  it(
    'shows the server’s Danish 400 at the field: nobody is their own deputy',
    { timeout: 60_000 },
    async () => {
      await asUser(panel, 'editor', 'participants-self-deputy', async (page) => {
        const participant = panel.server.readDb().participants[0] as {
          id: number;
          name: string;
          title: string;
        };
        await page.goto(`${panel.server.url}/#/participants/${participant.id}`);
        await visible(page.getByRole('button', { name: 'Gem' }));
        await pickAutocomplete(
          page,
          /^Suppleant for/,
          participant.name.split(' ')[0]!,
          `${participant.name} (${participant.title})`,
        );
        const refused = apiResponse(page, 'PUT', new RegExp(`^/participants/${participant.id}$`));
        await page.getByRole('button', { name: 'Gem' }).click();
        expect((await refused).status()).toBe(400);
        const deputy = page.getByRole('combobox', { name: /^Suppleant for/ });
        await expect.poll(() => deputy.getAttribute('aria-invalid')).toBe('true');
        const helper = await deputy.getAttribute('aria-describedby');
        expect(await page.locator(`[id="${helper}"]`).innerText()).toBe(
          'En deltager kan ikke være sin egen suppleant',
        );
        expect(panel.server.readDb().participants[0].deputyOfId).toBe(null);
      });
    },
  );

  it('marks contacts not verified for 12 months and filters them', { timeout: 60_000 }, async () => {
    await asUser(panel, 'board', 'participants-stale', async (page) => {
      const stale = await panel.server
        .as('board')
        .then((c) =>
          c.get('/api/participants?filter=' + encodeURIComponent(JSON.stringify({ stale: true }))),
        );
      expect(stale.body.length).toBeGreaterThan(0);
      await page.getByRole('menuitem', { name: 'Deltagere' }).click();
      await visible(page.getByRole('columnheader').filter({ hasText: 'Sidst bekræftet' }));
      await page.getByRole('button', { name: 'Tilføj filter' }).click();
      await page.getByRole('menu').getByText('Skal bekræftes').click();
      await page.getByLabel('Skal bekræftes').check();
      await visible(page.getByText(`1-${stale.body.length} af ${stale.body.length}`));
      // Every row shown carries the flag, next to its last verified date.
      await expect
        .poll(() => page.getByText('Skal bekræftes', { exact: true }).count())
        .toBe(stale.body.length + 1);
      expect(await page.getByRole('button', { name: 'Opret' }).count()).toBe(0);
    });
  });
});
