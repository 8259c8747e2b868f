import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPanel, type Panel } from '../support/browser';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { PASSWORD } from '../support/server';
import { apiResponse, pickSelect, visible, withShot } from './helpers';
import { DESKTOP, PHONE, axeFindings, newPageAt, overflow } from './pageAudit';

/** A user invited by mail with a role in one programme, the link's page, and "Glemt adgangskode". */
let smtp: TestSmtp;
let panel: Panel;

beforeAll(async () => {
  smtp = await startSmtp();
  panel = await startPanel({ mail: { smtpUrl: smtp.url, from: 'Beredskab <beredskab@test.dk>' } });
}, 120_000);

afterAll(async () => {
  await panel?.close();
  await smtp?.close();
});

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel(/^Brugernavn/).fill(username);
  await page.getByLabel(/^Adgangskode/).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await visible(page.getByRole('button', { name: /profil/i }));
}

/** The text of the first mail to `address`, once it has come. */
async function invitationTo(address: string): Promise<string> {
  for (let count = 1; ; count++) {
    const mails = await smtp.waitFor(count);
    const mail = mails.find((m) => m.to.includes(address));
    if (mail) return mail.mail.text ?? '';
  }
}

const linkIn = (text: string) => /(http:\/\/\S+\/adgangskode\/[\w-]+)/.exec(text)![1]!;

describe.each([
  ['desktop', DESKTOP, 'pa-desk'],
  ['phone', PHONE, 'pa-tlf'],
] as const)('an invitation on a %s', (name, viewport, username) => {
  it('makes a programme administrator of one programme, who chooses a password by the link and signs in', async () => {
    const page = await newPageAt(panel.browser, viewport);
    try {
      await withShot(page, `invite-${name}`, async () => {
        smtp.received.length = 0;
        await page.goto(`${panel.server.url}/#/users/create`);
        await signIn(page, 'admin', PASSWORD);
        await visible(page.getByRole('heading', { name: 'Opret bruger', exact: true }));
        await page.getByLabel(/^Brugernavn/).fill(username);
        await page.getByLabel(/^Fulde navn/).fill('Pia Andersen');
        await page.getByLabel(/^E-mail/).fill(`${username}@randers.dk`);
        // The system administrator's switch is off; the role is chosen on the programme's row.
        await page.getByRole('button', { name: 'Tilføj helhedsplan' }).click();
        await pickSelect(page, /^Helhedsplan/, /Randers/);
        await pickSelect(page, /^Rolle i helhedsplanen/, 'Programadministrator');
        expect(await axeFindings(page, `user-create-${name}`)).toEqual([]);
        expect(await overflow(page)).toBe(0);
        const created = apiResponse(page, 'POST', /^\/users$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        const response = await created;
        expect(response.status()).toBe(201);
        expect(response.request().postDataJSON()).toMatchObject({
          role: 'programmeAdmin',
          memberships: [{ programmeId: 2, role: 'programmeAdmin' }],
        });
        await visible(page.getByText(`der er sendt en invitation til ${username}@randers.dk`));

        // Only the invitation: the outbox may still be sending the demo's own mails beside it.
        const link = linkIn(await invitationTo(`${username}@randers.dk`));
        await page.context().clearCookies();
        await page.goto(link);
        await visible(page.getByRole('heading', { name: 'Vælg adgangskode' }));
        await visible(page.getByText(`brugernavn ${username}`));
        expect(await axeFindings(page, `choose-password-${name}`)).toEqual([]);
        await page.getByLabel(/^Ny adgangskode/).fill('pias-egen-lange-kode');
        await page.getByLabel(/^Gentag ny adgangskode/).fill('pias-egen-lange-kode');
        await page.getByRole('button', { name: 'Vælg adgangskode' }).click();
        await visible(page.getByText('Din adgangskode er valgt'));
        await page.getByRole('link', { name: 'Log ind' }).click();
        await signIn(page, username, 'pias-egen-lange-kode');
        const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
        expect(me).toMatchObject({
          role: 'programmeAdmin',
          memberships: [{ programmeId: 2, role: 'programmeAdmin' }],
        });

        // The link works once.
        await page.goto(link);
        await visible(page.getByRole('alert').filter({ hasText: 'brugt eller udløbet' }));
      });
    } finally {
      await page.context().close();
    }
  });
});

describe('"Glemt adgangskode"', () => {
  it('gives the same answer for a user who does not exist, in a dialog that passes axe', async () => {
    const page = await newPageAt(panel.browser, PHONE);
    try {
      await withShot(page, 'forgot-password', async () => {
        await page.goto(`${panel.server.url}/#/login`);
        await page.getByRole('button', { name: 'Glemt adgangskode?' }).click();
        const dialog = page.getByRole('dialog', { name: 'Glemt adgangskode' });
        await visible(dialog);
        expect(await axeFindings(page, 'forgot-dialog')).toEqual([]);
        await dialog.getByLabel(/^Brugernavn/).fill('findes-slet-ikke');
        await dialog.getByRole('button', { name: 'Send link' }).click();
        const answer = dialog.getByRole('status');
        await visible(answer);
        expect(await answer.innerText()).toBe(
          'Hvis brugeren findes og har en e-mail, er der sendt et link til at vælge en ny adgangskode.',
        );
      });
    } finally {
      await page.context().close();
    }
  });
});
