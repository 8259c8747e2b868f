import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPanelContext, startPanel, type Panel } from '../support/browser';
import {
  apiResponse,
  asUser,
  createUser,
  dataRows,
  pickSelect,
  recordApiRequests,
  visible,
  withShot,
} from './helpers';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const asAdmin = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'admin', name, body);

/** A name no other test (nor a rerun against the same store) has used. */
const fresh = (name: string) => `${name}${Date.now().toString(36)}`;

describe('user administration', () => {
  it('lets an admin create a user who can then log in', { timeout: 60_000 }, async () => {
    const [username, password] = [fresh('lene'), 'lene-har-en-lang-kode'];
    await asAdmin('admin-a', async (page) => {
      await page.getByRole('menuitem', { name: 'Brugere' }).click();
      await visible(page.getByRole('cell', { name: 'Bestyrelsesmedlem', exact: true }));
      await page.getByRole('link', { name: 'Opret' }).click();
      await page.getByLabel(/^Brugernavn/).fill(username);
      await page.getByLabel(/^Fulde navn/).fill('Lene Sørensen');
      // A role per programme row; the system administrator's switch stays off.
      await page.getByRole('button', { name: 'Tilføj helhedsplan' }).click();
      await pickSelect(page, /^Helhedsplan/, /Viborg/);
      await pickSelect(page, /^Rolle i helhedsplanen/, 'Redaktør');
      // The domain's password rule is checked before anything is sent.
      await page.getByLabel(/^Adgangskode/).fill('kort');
      await page.getByRole('button', { name: 'Gem' }).click();
      await visible(page.getByText('Adgangskoden skal være mindst 10 tegn'));
      await page.getByLabel(/^Adgangskode/).fill(password);
      const created = apiResponse(page, 'POST', /^\/users$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await created).status()).toBe(201);
      await page.waitForURL(/#\/users\/\d+\/show$/);
      await visible(page.getByText('Lene Sørensen'));
      await visible(page.getByText('Redaktør', { exact: true }));
    });
    await asUser(
      panel,
      username,
      'admin-a-login',
      (page) => visible(page.getByRole('button', { name: 'Profil' })),
      password,
    );
  });

  it('lets an admin deactivate a user, who can then no longer log in', { timeout: 60_000 }, async () => {
    const [username, password] = [fresh('ove'), 'ove-har-en-lang-kode'];
    const { id } = await createUser(panel, username, password);
    await asUser(
      panel,
      username,
      'admin-b-before',
      (page) => visible(page.getByRole('button', { name: 'Profil' })),
      password,
    );
    await asAdmin('admin-b', async (page) => {
      await page.getByRole('menuitem', { name: 'Brugere' }).click();
      await dataRows(page).filter({ hasText: username }).click();
      await page.waitForURL(new RegExp(`#/users/${id}/show$`));
      await page.getByRole('link', { name: 'Rediger' }).click();
      const active = page.getByLabel('Aktiv', { exact: true });
      await visible(active);
      // Users are deactivated, never deleted.
      expect(await page.getByRole('button', { name: 'Slet' }).count()).toBe(0);
      await active.uncheck();
      const saved = apiResponse(page, 'PUT', new RegExp(`^/users/${id}$`));
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await saved).status()).toBe(200);
      await page.waitForURL(new RegExp(`#/users/${id}/show$`));
      await visible(page.locator('.ra-field-active').getByText('Nej', { exact: true }));
    });

    const context = await newPanelContext(panel);
    const page = await context.newPage();
    await withShot(page, 'admin-b-after', async () => {
      await page.goto(panel.server.url);
      await page.getByLabel(/^Brugernavn/).fill(username);
      await page.getByLabel(/^Adgangskode/).fill(password);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await visible(page.getByRole('alert').filter({ hasText: 'Forkert brugernavn eller adgangskode' }));
      expect(await page.getByRole('menuitem', { name: 'Hændelser' }).count()).toBe(0);
    }).finally(() => context.close());
  });
});

describe('own password', () => {
  it('is changed through the user menu, and the new one logs in', { timeout: 60_000 }, async () => {
    const username = fresh('mads');
    const [oldPassword, newPassword] = ['mads-gamle-kode', 'mads-nye-lange-kode'];
    await createUser(panel, username, oldPassword, 'board');
    await asUser(
      panel,
      username,
      'admin-c',
      async (page) => {
        await page.getByRole('button', { name: 'Profil' }).click();
        await page.getByRole('menuitem', { name: 'Skift adgangskode' }).click();
        await page.waitForURL(/#\/password$/);
        const sent = recordApiRequests(page);
        await page.getByLabel(/^Nuværende adgangskode/).fill(oldPassword);
        await page.getByLabel(/^Ny adgangskode/).fill(newPassword);
        await page.getByLabel(/^Gentag ny adgangskode/).fill(`${newPassword}x`);
        await page.getByRole('button', { name: 'Skift adgangskode' }).click();
        await visible(page.getByText('Adgangskoderne er ikke ens'));
        expect(sent.filter((r) => r.path === '/api/auth/password')).toEqual([]);

        // A wrong current password is refused by the server, at its field.
        await page.getByLabel(/^Nuværende adgangskode/).fill('ikke-den-rigtige');
        await page.getByLabel(/^Gentag ny adgangskode/).fill(newPassword);
        await page.getByRole('button', { name: 'Skift adgangskode' }).click();
        await visible(page.getByText('Forkert adgangskode', { exact: true }));

        await page.getByLabel(/^Nuværende adgangskode/).fill(oldPassword);
        const changed = apiResponse(page, 'POST', /^\/auth\/password$/);
        await page.getByRole('button', { name: 'Skift adgangskode' }).click();
        expect((await changed).status()).toBe(200);
        await visible(page.getByRole('alert').filter({ hasText: 'Adgangskoden er skiftet' }));
      },
      oldPassword,
    );
    await asUser(
      panel,
      username,
      'admin-c-login',
      (page) => visible(page.getByRole('button', { name: 'Profil' })),
      newPassword,
    );
  });
});

describe('who sees the admin pages', () => {
  for (const role of ['editor', 'board'] as const)
    it(`shows ${role} no Brugere or Revisionslog, and no History button`, { timeout: 60_000 }, () =>
      asUser(panel, role, `admin-f-${role}`, async (page) => {
        await visible(page.getByRole('menuitem', { name: 'Helhedsplaner' }));
        expect(await page.getByRole('menuitem', { name: 'Brugere' }).count()).toBe(0);
        expect(await page.getByRole('menuitem', { name: 'Revisionslog' }).count()).toBe(0);
        await page.goto(`${panel.server.url}/#/incidents/12/show`);
        await visible(page.getByText('Frist for beredskabsmøde', { exact: true }));
        expect(await page.getByRole('link', { name: 'Historik' }).count()).toBe(0);
      }),
    );

  it('shows an admin both', { timeout: 60_000 }, () =>
    asAdmin('admin-f-admin', async (page) => {
      await visible(page.getByRole('menuitem', { name: 'Brugere' }));
      await visible(page.getByRole('menuitem', { name: 'Revisionslog' }));
    }),
  );
});
