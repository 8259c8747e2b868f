import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, asUser, asUserOn, visible } from './helpers';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const notes = (id: number) =>
  panel.server.readDb().incidents.find((i: { id: number }) => i.id === id).confidentialNotes as string | null;

describe('erasure on time, in the panel', () => {
  it(
    'lets an admin set a rule on the programme, see what is due without its content, and erase it now',
    { timeout: 90_000 },
    () =>
      asUserOn(panel, 'admin', '#/programmes/2', 'retention-admin', async (page) => {
        const months = page.getByLabel('Slet fortrolige oplysninger efter (måneder)');
        await visible(months);
        await months.fill('12');
        const saved = apiResponse(page, 'PUT', /^\/programmes\/2$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        expect((await saved).status()).toBe(200);

        await page.getByRole('menuitem', { name: 'Sletning' }).click();
        const counts = page.getByRole('table', { name: 'Sletning' });
        // Randers' closed incidents with notes from before 23 November 2025: 21, 23, 26 and 30.
        await visible(
          counts.getByRole('row', { name: /Hændelser/ }).getByRole('cell', { name: '4', exact: true }),
        );
        await visible(page.getByRole('cell', { name: 'Hændelser #21' }));
        expect(await page.locator('body').innerText()).not.toContain(notes(21)!);
        expect(notes(21)).not.toBeNull();

        await page.getByRole('button', { name: 'Slet nu' }).click();
        const dialog = page.getByRole('dialog', { name: 'Slet fortrolige oplysninger nu?' });
        await visible(dialog);
        // The fresh counts are held back: until they come, the button must not offer the old ones.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/api/retention/preview*', async (route) => {
          await held;
          await route.continue();
        });
        const run = apiResponse(page, 'POST', /^\/retention\/run$/);
        await dialog.getByRole('button', { name: 'Slet nu' }).click();
        expect((await run).status()).toBe(200);
        await visible(
          page.getByText('Slettet: 4 hændelser, 0 logposter, 0 handleplaner, 0 mails (navne og adresser)'),
        );
        for (const id of [21, 23, 26, 30]) expect(notes(id)).toBeNull();
        expect(notes(33)).not.toBeNull();
        const eraseNow = page.getByRole('button', { name: 'Slet nu' });
        expect(await eraseNow.isDisabled()).toBe(true);
        const fresh = apiResponse(page, 'GET', /^\/retention\/preview$/);
        release();
        expect((await fresh).status()).toBe(200);
        // The row's first cell is "due now".
        await visible(
          counts
            .getByRole('row', { name: /Hændelser/ })
            .getByRole('cell')
            .first()
            .getByText('0', { exact: true }),
        );
        expect(await eraseNow.isDisabled()).toBe(true);
      }),
  );

  it(
    'warns on the incident form that residents’ names belong in the confidential notes',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'editor', '#/incidents/create', 'retention-warning', async (page) => {
        await visible(page.getByText('Beskrivelsen ses af bestyrelsen: skriv ikke navne på beboere her'));
      }),
  );

  it('is not offered to the board, and the server refuses it', { timeout: 60_000 }, () =>
    asUser(panel, 'board', 'retention-board', async (page) => {
      expect(await page.getByRole('menuitem', { name: 'Sletning' }).count()).toBe(0);
      const res = await page.request.post(`${panel.server.url}/api/retention/run`, { data: {} });
      expect(res.status()).toBe(403);
    }),
  );
});
