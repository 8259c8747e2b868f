import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecondFactorPolicy } from '../../src/domain/settings';
import { updateSettings } from '../../src/server/changes/settings';
import { WITHOUT_SERVICE_WORKER, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { createUser, gone, visible, withShot } from './helpers';
import { DESKTOP, PHONE, axeFindings as auditNow } from './pageAudit';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

/** A name no other test (nor a rerun against the same store) has used. */
const fresh = (name: string) => `${name}${Date.now().toString(36)}`;

/** The code the user's authenticator app shows `steps` time steps from now. */
const codeAt = (secret: string, steps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });

/** The policy set as the system administrator would, without one: the test's own admin has no factor. */
const setPolicy = (secondFactor: SecondFactorPolicy) =>
  panel.server.store.commit(updateSettings({ secondFactor }, { userId: null, username: 'test', role: null }));

/** A fresh browser at a viewport (a touch phone below 600 px), Danish, that lets axe-core past the CSP. */
async function openBrowser(viewport: { width: number; height: number }): Promise<Page> {
  const phone = viewport.width < 600;
  const context = await panel.browser.newContext({
    viewport,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    bypassCSP: true,
    hasTouch: phone,
    isMobile: phone,
    ...WITHOUT_SERVICE_WORKER,
  });
  await context.clock.install({ time: panel.server.clock() });
  const page = await context.newPage();
  await page.goto(`${panel.server.url}/#/`);
  return page;
}

/** axe-core's findings once nothing fades any more: colours read mid-transition are no colours at all. */
async function axeFindings(page: Page, name: string) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  return auditNow(page, name);
}

async function typePassword(page: Page, username: string, password: string) {
  await page.getByLabel(/^Brugernavn/).fill(username);
  await page.getByLabel(/^Adgangskode/).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Signed in: the user menu shows (named by the user on a desktop, "Profil" on a phone). */
const userMenu = (page: Page) => page.getByRole('button', { name: /profil$/i });

async function logOut(page: Page) {
  await userMenu(page).click();
  await page.getByRole('menuitem', { name: 'Log ud' }).click();
  await visible(page.getByLabel(/^Brugernavn/));
}

/** The key as the page shows it for typing by hand, without its spaces. */
async function secretOnPage(page: Page): Promise<string> {
  const key = page.locator('code');
  await visible(key);
  return (await key.innerText()).replace(/\s/g, '');
}

/** Scans nothing: reads the key off the page, types the app's code, and answers the recovery codes shown. */
async function enrolOnPage(page: Page, name: string): Promise<{ secret: string; codes: string[] }> {
  const qr = page.getByRole('img', { name: 'QR-kode til godkendelsesappen' });
  await visible(qr);
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const secret = await secretOnPage(page);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await axeFindings(page, `${name} enrol`)).toEqual([]);
  await page.getByLabel(/^Kode fra appen/).fill('000000');
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  await visible(page.getByText('Forkert kode'));
  await page.getByLabel(/^Kode fra appen/).fill(codeAt(secret));
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  const list = page.getByRole('list', { name: 'Gendannelseskoder' });
  await visible(list);
  const codes = await list.getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  expect(await axeFindings(page, `${name} recovery codes`)).toEqual([]);
  await page.getByRole('button', { name: 'Jeg har gemt koderne' }).click();
  return { secret, codes };
}

/** After the password, the code step: its own page, checked by axe-core, then the code or a recovery code. */
async function secondStep(page: Page, name: string, answer: { code: string } | { recoveryCode: string }) {
  const codeField = page.getByLabel(/^Kode fra appen/);
  await visible(codeField);
  expect(await axeFindings(page, `${name} code step`)).toEqual([]);
  if ('code' in answer) await codeField.fill(answer.code);
  else {
    await page.getByRole('button', { name: 'Brug en gendannelseskode i stedet' }).click();
    await page.getByLabel(/^Gendannelseskode/).fill(answer.recoveryCode);
  }
  await page.getByRole('button', { name: 'Bekræft' }).click();
}

describe('second factor in the panel', () => {
  it(
    'is set up from the user menu, asked for at the next sign-in, and reset by an administrator',
    { timeout: 120_000 },
    async () => {
      const [username, password] = [fresh('lene'), 'lene-har-en-lang-kode'];
      const { id } = await createUser(panel, username, password);
      const page = await openBrowser(DESKTOP);
      await withShot(page, 'second-factor-desktop', async () => {
        await typePassword(page, username, password);
        await userMenu(page).click();
        await page.getByRole('menuitem', { name: 'Totrinsbekræftelse' }).click();
        await visible(page.getByText('Totrinsbekræftelse er ikke slået til.'));
        expect(await axeFindings(page, 'second factor off')).toEqual([]);
        await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
        const { secret } = await enrolOnPage(page, 'own page');
        await visible(page.getByText('Totrinsbekræftelse er slået til.'));
        await visible(page.getByText('Du har 10 gendannelseskoder tilbage.'));
        expect(await axeFindings(page, 'second factor on')).toEqual([]);

        await logOut(page);
        await typePassword(page, username, password);
        await secondStep(page, 'desktop', { code: '123456' });
        await visible(page.getByText('Forkert kode'));
        await secondStep(page, 'desktop', { code: codeAt(secret, 1) });
        await visible(page.getByRole('menuitem', { name: 'Hændelser' }));
      });
      await page.context().close();

      // The administrator sees it on the user's page, and resets it after asking.
      const admin = await openBrowser(DESKTOP);
      await withShot(admin, 'second-factor-reset', async () => {
        await typePassword(admin, 'admin', PASSWORD);
        await visible(admin.getByRole('menuitem', { name: 'Hændelser' }));
        await admin.goto(`${panel.server.url}/#/users/${id}/show`);
        await visible(admin.getByText('Log-in'));
        const factor = admin
          .locator('.RaLabeled-label', { hasText: 'Totrinsbekræftelse' })
          .locator('xpath=..');
        await visible(factor.getByText('Ja', { exact: true }));
        expect(await axeFindings(admin, 'user show')).toEqual([]);
        // Her browser from before is still signed in: "Log ud overalt" ends it, after asking.
        await admin.getByRole('button', { name: 'Log ud overalt' }).click();
        const ask = admin.getByRole('dialog');
        await visible(ask.getByText('Alle brugerens sessioner afsluttes, og brugeren skal logge ind igen.'));
        expect(await axeFindings(admin, 'end sessions dialog')).toEqual([]);
        await ask.getByRole('button', { name: 'Log ud overalt' }).click();
        await visible(admin.getByText('1 session afsluttet'));
        expect(panel.server.store.all('sessions').filter((s) => s.userId === id)).toHaveLength(0);
        await admin.getByRole('button', { name: 'Nulstil totrinsbekræftelse' }).click();
        const dialog = admin.getByRole('dialog');
        await visible(dialog.getByText(/Brugeren logges ud alle steder/));
        expect(await axeFindings(admin, 'reset dialog')).toEqual([]);
        await dialog.getByRole('button', { name: 'Nulstil totrinsbekræftelse' }).click();
        await visible(admin.getByText('Totrinsbekræftelsen er nulstillet'));
        await visible(factor.getByText('Nej', { exact: true }));
        await gone(admin.getByRole('button', { name: 'Nulstil totrinsbekræftelse' }));
      });
      await admin.context().close();
      const listed = await (await panel.server.as('admin')).get(`/api/users/${id}`);
      expect(listed.body.secondFactor).toBe(false);
    },
  );

  it(
    'leads a covered user without a factor through its setup at sign-in, on a phone; a recovery code signs in',
    { timeout: 120_000 },
    async () => {
      const [username, password] = [fresh('pa'), 'pa-har-en-lang-kode'];
      await createUser(panel, username, password, 'programmeAdmin');
      await setPolicy('admins');
      const page = await openBrowser(PHONE);
      try {
        await withShot(page, 'second-factor-phone', async () => {
          await typePassword(page, username, password);
          await visible(
            page.getByText('Din organisation kræver totrinsbekræftelse. Slå den til, før du fortsætter.'),
          );
          const { codes } = await enrolOnPage(page, 'phone sign-in');
          await visible(userMenu(page));
          // Nothing was shown before the setup: the first page came after it.
          await logOut(page);
          await typePassword(page, username, password);
          await secondStep(page, 'phone', { recoveryCode: codes[0]! });
          await visible(userMenu(page));
          expect(await page.getByLabel(/^Gendannelseskode/).count()).toBe(0);
        });
      } finally {
        await page.context().close();
        await setPolicy('none');
      }
    },
  );

  it(
    'lets the system administrator set the policy; a session it covers is sent to set up its factor',
    { timeout: 120_000 },
    async () => {
      const [username, password] = [fresh('system'), 'system-har-en-lang-kode'];
      await createUser(panel, username, password, 'admin');
      const page = await openBrowser(DESKTOP);
      try {
        await withShot(page, 'second-factor-policy', async () => {
          await typePassword(page, username, password);
          // The dashboard behind it may still be drawing on a loaded machine: click until the page is there.
          await expect
            .poll(
              async () => {
                if (!page.url().endsWith('#/settings'))
                  await page.getByRole('menuitem', { name: 'Indstillinger' }).click();
                return page.url();
              },
              { timeout: 30_000 },
            )
            .toMatch(/#\/settings$/);
          const none = page.getByRole('radio', { name: /^Ingen krav/ });
          await visible(none);
          expect(await none.isChecked()).toBe(true);
          expect(await axeFindings(page, 'settings')).toEqual([]);
          await page.getByRole('radio', { name: /^Administratorer/ }).check();
          await visible(page.getByText(/Du har ikke selv slået totrinsbekræftelse til/));
          expect(await axeFindings(page, 'settings warning')).toEqual([]);
          await page.getByRole('button', { name: 'Gem' }).click();
          await visible(page.getByText('Indstillingerne er gemt'));
          expect(panel.server.store.find('settings', 'secondFactor')?.value).toBe('admins');

          // The server now answers this session nothing but the setup: the next page sends it to sign in again.
          await page.getByRole('menuitem', { name: 'Hændelser' }).click();
          await visible(page.getByText('Slå totrinsbekræftelse til for at fortsætte. Log ind igen.'));
          await typePassword(page, username, password);
          await visible(
            page.getByText('Din organisation kræver totrinsbekræftelse. Slå den til, før du fortsætter.'),
          );
          await enrolOnPage(page, 'policy');
          await visible(page.getByRole('menuitem', { name: 'Hændelser' }));
        });
      } finally {
        await page.context().close();
        await setPolicy('none');
      }
    },
  );
});

describe('Mine sessioner', () => {
  it('lists where the user is signed in and ends another session', { timeout: 90_000 }, async () => {
    const [username, password] = [fresh('sara'), 'sara-har-en-lang-kode'];
    await createUser(panel, username, password);
    const here = await openBrowser(DESKTOP);
    const there = await openBrowser(PHONE);
    try {
      await typePassword(there, username, password);
      await visible(userMenu(there));
      await withShot(here, 'sessions', async () => {
        await typePassword(here, username, password);
        await userMenu(here).click();
        await here.getByRole('menuitem', { name: 'Mine sessioner' }).click();
        const list = here.getByRole('list', { name: 'Mine sessioner' });
        const items = list.getByRole('listitem');
        await visible(items.nth(1));
        expect(await items.count()).toBe(2);
        await visible(items.filter({ hasText: 'Denne browser' }));
        expect(await axeFindings(here, 'sessions')).toEqual([]);
        const other = items.filter({ hasNotText: 'Denne browser' });
        await other.getByRole('button', { name: /^Log ud af/ }).click();
        await visible(here.getByText('Sessionen er afsluttet'));
        await gone(other);
        expect(await items.count()).toBe(1);
      });
      // The phone's next request finds no session: back to the login form.
      await there.reload();
      await visible(there.getByLabel(/^Brugernavn/));
    } finally {
      await here.context().close();
      await there.context().close();
    }
  });
});
