import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPanel, type Panel } from '../support/browser';
import { startIdp, unreachableIssuer, type TestIdp } from '../support/idp';
import { PASSWORD } from '../support/server';
import { UI_TIMEOUT, visible, withShot } from './helpers';
import { DESKTOP, PHONE, axeFindings, newPageAt, overflow } from './pageAudit';

/** Signing in through the organisation's identity provider's own login page, desktop and phone. */
let idp: TestIdp;
let panel: Panel;

const panelOidc = () => ({
  issuer: idp.issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  name: 'Randers Kommune',
  claim: 'groups',
});

beforeAll(async () => {
  idp = await startIdp();
  panel = await startPanel({ oidc: panelOidc() });
  idp.registerPanel(panel.server.url);
  const admin = await panel.server.as('admin');
  await admin.post('/api/directoryMappings', { claimValue: 'grp-viborg', programmeId: 1, role: 'editor' });
  idp.accounts.set('mette', {
    preferred_username: 'mette@viborg.dk',
    name: 'Mette Lund',
    groups: ['grp-viborg'],
  });
  idp.accounts.set('ukendt', { preferred_username: 'ukendt@viborg.dk', groups: ['grp-andet'] });
}, 120_000);

afterAll(async () => {
  await panel?.close();
  await idp?.close();
});

/** The provider's own login page: any password, the login name is the account. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name=login]').waitFor({ timeout: UI_TIMEOUT });
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('hvad-som-helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('sign-in with the organisation on a %s', (name, viewport) => {
  it('goes through the provider and back into the panel, and out of both', async () => {
    const page = await newPageAt(panel.browser, viewport);
    try {
      await withShot(page, `oidc-${name}`, async () => {
        await page.goto(`${panel.server.url}/#/`);
        const button = page.getByRole('link', { name: 'Log ind med Randers Kommune' });
        await visible(button);
        // The local form stays beside it (LOCAL_LOGIN is not false).
        await visible(page.getByLabel(/^Brugernavn/));
        expect(await axeFindings(page, `login-oidc-${name}`)).toEqual([]);
        expect(await overflow(page)).toBe(0);
        await (viewport.width < 600 ? button.tap() : button.click());
        await signInAtProvider(page, 'mette');
        // Back in the panel, signed in: the user menu (on a phone the side menu is folded away).
        await visible(page.getByRole('button', { name: /profil/i }));
        const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
        expect(me).toMatchObject({ username: 'mette@viborg.dk', fullName: 'Mette Lund', role: 'editor' });

        // Logging out goes on to the provider's sign-out, which asks and then sends the browser back.
        await page
          .getByRole('button', { name: /profil/i })
          .first()
          .click();
        await page.getByRole('menuitem', { name: /Log ud/ }).click();
        await page.getByRole('button', { name: 'Yes, sign me out' }).click();
        await page.waitForURL((url) => url.href.startsWith(panel.server.url), { timeout: UI_TIMEOUT });
        await visible(page.getByRole('link', { name: 'Log ind med Randers Kommune' }));
        expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
      });
    } finally {
      await page.context().close();
    }
  });
});

describe('a refused sign-in', () => {
  it('is explained on the login page in Danish, and accessible', async () => {
    const page = await newPageAt(panel.browser, PHONE);
    try {
      await withShot(page, 'oidc-refused', async () => {
        await page.goto(`${panel.server.url}/#/`);
        await page.getByRole('link', { name: 'Log ind med Randers Kommune' }).click();
        await signInAtProvider(page, 'ukendt');
        const alert = page.getByRole('alert').filter({ hasText: 'ikke adgang til nogen helhedsplan' });
        await visible(alert);
        expect(await axeFindings(page, 'login-oidc-refused')).toEqual([]);
      });
    } finally {
      await page.context().close();
    }
  });
});

describe('directory mappings in the panel', () => {
  it('the system administrator maps a group to a role in a programme', async () => {
    const page = await newPageAt(panel.browser, DESKTOP);
    try {
      await withShot(page, 'oidc-mappings', async () => {
        await page.goto(`${panel.server.url}/#/directoryMappings`);
        await page.getByLabel(/^Brugernavn/).fill('admin');
        await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
        await page.getByRole('button', { name: 'Log ind' }).click();
        await visible(page.getByRole('cell', { name: 'grp-viborg' }));
        expect(await axeFindings(page, 'directory-mappings')).toEqual([]);
        await page.getByRole('link', { name: /Opret/ }).first().click();
        await page.getByLabel(/^Gruppe eller app-rolle/).fill('grp-randers-bestyrelse');
        await page.getByLabel(/^Rolle/).click();
        await page.getByRole('option', { name: 'Bestyrelsesmedlem' }).click();
        await page.getByLabel(/^Helhedsplan/).click();
        await page.getByRole('option').nth(1).click();
        expect(await axeFindings(page, 'directory-mapping-create')).toEqual([]);
        const saved = page.waitForResponse(
          (r) => r.url().endsWith('/api/directoryMappings') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Gem' }).click();
        expect((await saved).status()).toBe(201);
        await visible(page.getByRole('cell', { name: 'grp-randers-bestyrelse' }));

        // A local user is linked to the directory only when an administrator says so.
        await page.goto(`${panel.server.url}/#/users/2`);
        const allow = page.getByRole('button', { name: 'Tillad log ind med Randers Kommune' });
        await visible(allow);
        expect(await axeFindings(page, 'user-edit-directory-link')).toEqual([]);
        const linked = page.waitForResponse((r) => r.url().endsWith('/api/users/2/directory-link'));
        await allow.click();
        expect((await linked).status()).toBe(200);
        await visible(page.getByText('Brugeren kan nu logge ind med Randers Kommune').first());
      });
    } finally {
      await page.context().close();
    }
  });
});

describe('local sign-in only for system administrators (LOCAL_LOGIN=false), the directory down', () => {
  let closed: Panel;
  beforeAll(async () => {
    closed = await startPanel({
      oidc: { ...panelOidc(), issuer: await unreachableIssuer() },
      localLogin: false,
    });
  }, 120_000);
  afterAll(() => closed?.close());

  it('says in Danish that the directory cannot be reached, and hides the form behind a button for the system administrator', async () => {
    const page = await newPageAt(closed.browser, PHONE);
    try {
      await withShot(page, 'oidc-local-hidden', async () => {
        await page.goto(`${closed.server.url}/#/`);
        await page.getByRole('link', { name: 'Log ind med Randers Kommune' }).tap();
        await visible(
          page.getByRole('alert').filter({ hasText: 'Log ind hos Randers Kommune kan ikke nås lige nu' }),
        );
        expect(page.url()).toContain('oidc=unreachable');
        await visible(page.getByRole('link', { name: 'Log ind med Randers Kommune' }));
        expect(await page.getByLabel(/^Brugernavn/).count()).toBe(0);
        expect(await axeFindings(page, 'login-local-hidden')).toEqual([]);
        await page.getByRole('button', { name: 'Systemadministrator? Log ind med adgangskode' }).tap();
        await page.getByLabel(/^Brugernavn/).fill('admin');
        await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
        await page.getByRole('button', { name: 'Log ind' }).tap();
        await visible(page.getByRole('button', { name: /profil/i }));
      });
    } finally {
      await page.context().close();
    }
  });
});
