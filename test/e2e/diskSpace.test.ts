import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { mountSmallDisk } from '../support/tmpfs';
import { apiResponse, asUser, visible } from './helpers';

/** The panel's data on a 16 MB tmpfs (under 200 MB: nearly full even when emptied), filled for real; skipped, with a message, where it cannot be mounted. */
const disk = mountSmallDisk(16, 'diskSpace.test (e2e)');
let panel: Panel;
beforeAll(async () => {
  if (disk.mounted) panel = await startPanel({ dataParent: disk.dir });
});
afterAll(async () => {
  await panel?.close();
  disk.unmount();
});

describe.skipIf(!disk.mounted)('the server’s disk, as an administrator sees it', () => {
  it('warns when the disk is nearly full, says so when a save is refused, and not the editor', async () => {
    disk.fill(1024 * 1024);
    await asUser(panel, 'editor', 'disk-editor', async (page) => {
      await visible(page.getByRole('heading', { name: /Hændelser/ }).first());
      expect(await page.getByText(/Serverens disk/).count()).toBe(0);
    });
    await asUser(panel, 'admin', 'disk-admin', async (page) => {
      const warning = page.getByRole('status').filter({ hasText: 'Serverens disk er næsten fuld' });
      await visible(warning);
      expect(await warning.innerText()).toMatch(/MB tilbage \(\d+(,\d)? %\)/);

      // Full: a save is refused in Danish, and the banner says nothing can be saved. (The
      // journal's last page may hold a few more lines: filled by the API until the disk says no.)
      disk.fill();
      const api = await panel.server.as('admin');
      let status = 201;
      for (let i = 0; i < 200 && status === 201; i++)
        status = (
          await api.post('/api/areas', { name: `Fylder ${i}`, programmeId: 1, housingOrganisation: 'X' })
        ).status;
      expect(status).toBe(507);
      const fillArea = async () => {
        await page.getByLabel(/^Navn/).fill('Nyt område på en fuld disk');
        await page.getByRole('combobox', { name: /^Helhedsplan/ }).click();
        await page.getByRole('option').first().click();
        await page.getByLabel(/^Boligorganisation/).fill('Testboliger');
      };
      await page.goto(`${panel.server.url}/#/areas/create`);
      await fillArea();
      const refused = apiResponse(page, 'POST', /^\/areas$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await refused).status()).toBe(507);
      await visible(page.getByText(/Serverens disk er fuld, så intet er gemt/));
      await page.reload();
      await visible(page.getByRole('alert').filter({ hasText: 'intet nyt kan gemmes' }));

      // Room again: the next save is stored, and the full disk's alarm goes once the panel asks again.
      disk.free();
      await fillArea();
      const saved = apiResponse(page, 'POST', /^\/areas$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await saved).status()).toBe(201);
      await page.reload();
      await visible(page.getByRole('heading').first());
      // Writable again; a 16 MB disk is still nearly full by the 200 MB rule, and says so.
      const left = await (await panel.server.as('admin')).get('/api/disk');
      expect(left.body).toMatchObject({ writable: true, low: true });
      await visible(page.getByRole('status').filter({ hasText: 'Serverens disk er næsten fuld' }));
      expect(await page.getByRole('alert').filter({ hasText: 'intet nyt kan gemmes' }).count()).toBe(0);
    });
    disk.free();
  });
});
