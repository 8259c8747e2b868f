import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPanel, type Panel } from '../support/browser';
import { kpiFixture } from '../support/kpiFixture';
import type { Client } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { apiResponse, asUserOn, gone, pickAutocomplete, visible, withShot } from './helpers';
import { DESKTOP, PHONE, asUserAt, axeFindings, newPageAt, overflow } from './pageAudit';

/**
 * Issue 29 in the browser: a reporter on a phone fills in their part of the round by the mailed
 * link, the secretariat returns it with a comment and approves the correction, the figures reach
 * the grid with their source, and the board sees how complete the round is.
 */
let smtp: TestSmtp;
let panel: Panel;
let editor: Client;
let roundId: number;
let link: string;

beforeAll(async () => {
  smtp = await startSmtp();
  panel = await startPanel({ seed: kpiFixture, mail: { smtpUrl: smtp.url, from: 'Beredskab <b@test.dk>' } });
  editor = await panel.server.as('editor');
  const reporters = [
    {
      programmeId: 1,
      organisation: 'Boligselskabet Nord',
      contacts: [{ name: 'Lise Nord', email: 'lise@nord.dk' }],
      assignments: [
        { indicatorId: 1, areaIds: [1, 2] },
        { indicatorId: 3, areaIds: [] },
      ],
    },
    {
      programmeId: 1,
      organisation: 'Politiet',
      contacts: [{ name: 'Per Politi', email: 'per@politi.dk' }],
      assignments: [{ indicatorId: 2, areaIds: [1] }],
    },
  ];
  for (const body of reporters) expect((await editor.post('/api/reporters', body)).status).toBe(201);
  // Last year's complaints in Ellekonebakken, for the review to compare with.
  const last = await editor.post('/api/measurements', { indicatorId: 1, areaId: 1, year: 2025, value: 20 });
  expect(last.status, JSON.stringify(last.body)).toBe(201);
  const round = await editor.post('/api/reportingRounds', {
    programmeId: 1,
    year: 2026,
    opensOn: '2026-11-01',
    dueOn: '2026-11-30',
    graceDays: 2,
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
}, 120_000);

afterAll(async () => {
  await panel?.close();
  await smtp?.close();
});

/** The link in the first mail to `address`. */
async function linkTo(address: string): Promise<string> {
  for (let count = 1; ; count++) {
    const mails = await smtp.waitFor(count);
    const mail = mails.find((m) => m.to.includes(address));
    if (mail) return /(http:\/\/\S+\/indberet\/[\w-]+)/.exec(mail.mail.text ?? '')![1]!;
  }
}

const figure = (page: Page, name: string, place: string) =>
  page.getByRole('textbox', { name: `Årets tal: ${name}, ${place}` });
const comment = (page: Page, name: string, place: string) =>
  page.getByRole('textbox', { name: `Kommentar: ${name}, ${place}` });

/** The reporter's phone: a touch screen 390 px wide, no account. */
async function onPhone(name: string, body: (page: Page) => Promise<void>) {
  const page = await newPageAt(panel.browser, PHONE);
  await page.context().clock.install({ time: panel.server.clock() });
  try {
    await withShot(page, name, () => body(page));
  } finally {
    await page.context().close();
  }
}

describe('a reporting round from the link to the board', () => {
  it('the secretariat opens the round, which mails each reporter a link', { timeout: 90_000 }, async () => {
    await asUserOn(panel, 'editor', `#/reportingRounds/${roundId}/show`, 'round-open', async (page) => {
      await visible(page.getByRole('button', { name: 'Åbn runden' }));
      await page.getByRole('button', { name: 'Åbn runden' }).click();
      const opened = apiResponse(page, 'POST', /^\/reportingRounds\/\d+\/open$/);
      await page.getByRole('dialog').getByRole('button', { name: 'Åbn runden' }).click();
      expect((await opened).status()).toBe(200);
      await visible(page.getByText('Runden er åbnet, og linkene er sendt'));
      await visible(page.getByRole('button', { name: 'Luk runden' }));
    });
    link = await linkTo('lise@nord.dk');
  });

  it(
    'a reporter on a 390 px phone saves a draft, comes back, and submits with Danish figures',
    { timeout: 120_000 },
    async () => {
      await onPhone('report-draft', async (page) => {
        await page.goto(link);
        await visible(page.getByRole('heading', { name: 'Indberetning af tal for 2026' }));
        await visible(page.getByText(/Boligselskabet Nord · frist 30\.11\.2026/));
        expect(await axeFindings(page, 'report-form-phone')).toEqual([]);
        expect(await overflow(page)).toBe(0);

        // Typed as a Danish user writes it; a count is whole.
        await figure(page, 'Beboerklagesager', 'Ellekonebakken').tap();
        await page.keyboard.type('40');
        await figure(page, 'Beboerklagesager', 'Østervang').fill('12,5');
        await visible(page.getByText('Skal være et helt tal'));
        await figure(page, 'Beboerklagesager', 'Østervang').fill('3.000');
        await gone(page.getByText('Skal være et helt tal'));
        const saved = apiResponse(page, 'PUT', /^\/indberetning\//);
        await page.getByRole('button', { name: 'Gem kladde' }).tap();
        expect((await saved).request().postDataJSON().items).toEqual(
          expect.arrayContaining([
            { indicatorId: 1, areaId: 1, value: 40, comment: null },
            { indicatorId: 1, areaId: 2, value: 3000, comment: null },
          ]),
        );
        await visible(page.getByText('Kladden er gemt'));
      });

      await onPhone('report-submit', async (page) => {
        await page.goto(link);
        await visible(figure(page, 'Beboerklagesager', 'Ellekonebakken'));
        expect(await figure(page, 'Beboerklagesager', 'Ellekonebakken').inputValue()).toBe('40');
        expect(await figure(page, 'Beboerklagesager', 'Østervang').inputValue()).toBe('3.000');
        // Everything owed, or a reason: the whole programme's safety figure is still empty.
        await page.getByRole('button', { name: 'Indsend' }).tap();
        await visible(
          page.getByText('Skriv et tal, eller skriv i kommentaren hvorfor tallet ikke kan gives'),
        );
        // By keyboard from here: the figure, Tab to its comment.
        await figure(page, 'Voksne der føler sig trygge', 'Hele helhedsplanen').focus();
        await page.keyboard.type('52,5 %');
        await page.keyboard.press('Tab');
        expect(
          await comment(page, 'Voksne der føler sig trygge', 'Hele helhedsplanen').evaluate(
            (el) => el === document.activeElement,
          ),
        ).toBe(true);
        await page.keyboard.type('Fra tryghedsmålingen 2026');
        await page.getByRole('button', { name: 'Indsend' }).tap();
        const submitted = apiResponse(page, 'POST', /^\/indberetning\/[\w-]+\/submit$/);
        await page.getByRole('dialog').getByRole('button', { name: 'Indsend' }).tap();
        expect((await submitted).status()).toBe(200);
        await visible(page.getByText(/Tak\. Tallene er indsendt/));
        expect(await page.getByRole('textbox').count()).toBe(0);
        expect(await axeFindings(page, 'report-receipt-phone')).toEqual([]);
      });
    },
  );

  it(
    'the secretariat sees the large change and returns the report with a comment',
    { timeout: 90_000 },
    async () => {
      await asUserAt(panel, 'editor', DESKTOP, 'round-return', async (page) => {
        await page.goto(`${panel.server.url}/#/reportingRounds/${roundId}/show`);
        const report = page.getByRole('region', { name: 'Boligselskabet Nord' });
        await visible(report.getByRole('row').filter({ hasText: 'Ellekonebakken' }));
        const row = report.getByRole('row').filter({ hasText: 'Ellekonebakken' });
        await visible(row.getByText('Stor ændring'));
        expect(await row.textContent()).toMatch(/20.*40.*\+20/);
        await visible(
          page
            .getByRole('region', { name: 'Indberetning' })
            .getByText(/^50\s%$/)
            .first(),
        );
        expect(await axeFindings(page, 'round-review')).toEqual([]);
        await report.getByRole('button', { name: 'Send retur' }).click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByLabel(/Kommentar til indberetteren/)
          .fill('40 klagesager i Ellekonebakken ser for højt ud.');
        const returned = apiResponse(page, 'POST', /\/return$/);
        await dialog.getByRole('button', { name: 'Send retur' }).click();
        expect((await returned).status()).toBe(200);
        await visible(page.getByText('Indberetningen er sendt retur med kommentaren'));
      });
    },
  );

  it(
    'the reporter sees the comment, corrects the figure and submits again',
    { timeout: 90_000 },
    async () => {
      await onPhone('report-correct', async (page) => {
        await page.goto(link);
        await visible(page.getByText('40 klagesager i Ellekonebakken ser for højt ud.'));
        await figure(page, 'Beboerklagesager', 'Ellekonebakken').fill('24');
        await page.getByRole('button', { name: 'Indsend' }).tap();
        const submitted = apiResponse(page, 'POST', /\/submit$/);
        await page.getByRole('dialog').getByRole('button', { name: 'Indsend' }).tap();
        expect((await submitted).status()).toBe(200);
        await visible(page.getByText(/Tak\. Tallene er indsendt/));
      });
    },
  );

  it('approval puts the figures in the grid with their source', { timeout: 90_000 }, async () => {
    await asUserOn(panel, 'editor', `#/reportingRounds/${roundId}/show`, 'round-approve', async (page) => {
      const report = page.getByRole('region', { name: 'Boligselskabet Nord' });
      await visible(report.getByRole('row').filter({ hasText: /Ellekonebakken.*24/ }));
      const approved = apiResponse(page, 'POST', /\/approve$/);
      await report.getByRole('button', { name: 'Godkend' }).click();
      expect((await approved).status()).toBe(200);
      await visible(page.getByText(/Indberetningen er godkendt/));
      await visible(report.getByRole('button', { name: 'Fortryd godkendelse' }));

      await page.goto(`${panel.server.url}/#/kpi-grid?programmeId=1&year=2026`);
      await visible(page.getByText('Indberettet af Boligselskabet Nord').first());
      expect(await page.getByText('Indberettet af Boligselskabet Nord').count()).toBe(3);
    });
    const figures = await editor.get('/api/measurements?filter=' + encodeURIComponent('{"year":2026}'));
    const mine = (
      figures.body as { indicatorId: number; areaId: number | null; value: number; provenance: any }[]
    )
      .filter((m) => m.provenance)
      .map((m) => ({
        indicatorId: m.indicatorId,
        areaId: m.areaId,
        value: m.value,
        by: m.provenance.approvedBy,
      }));
    expect(mine).toEqual(
      expect.arrayContaining([
        { indicatorId: 1, areaId: 1, value: 24, by: expect.any(String) },
        { indicatorId: 1, areaId: 2, value: 3000, by: expect.any(String) },
        { indicatorId: 3, areaId: null, value: 52.5, by: expect.any(String) },
      ]),
    );
  });

  it(
    "the board's dashboard shows the round's completeness without contact details",
    { timeout: 90_000 },
    async () => {
      await asUserOn(panel, 'board', '#/?programmeId=1&year=2026', 'round-board', async (page) => {
        const card = page.getByRole('region', { name: 'Årets indberetning' });
        await visible(card);
        await visible(card.getByText(/^50\s%$/).first());
        await visible(card.getByText('Fraflytningsprocent — Politiet'));
        const text = await card.textContent();
        expect(text).not.toMatch(/@|Per Politi|Lise Nord/);
      });
    },
  );
});

describe('reporters', () => {
  it(
    'an editor on a phone makes a reporter with a contact picked from the contact list; the board sees no contacts',
    { timeout: 90_000 },
    async () => {
      await asUserAt(panel, 'editor', PHONE, 'reporter-create', async (page) => {
        await page.goto(`${panel.server.url}/#/reporters/create`);
        await visible(page.getByRole('heading', { name: 'Opret indberetter' }));
        await pickAutocomplete(page, /^Helhedsplan/, 'Randers', /Randers/);
        await page.getByLabel(/^Organisation/).fill('Kommunens beskæftigelse');
        await pickAutocomplete(page, /^Vælg fra kontaktlisten/, 'Mette', /Mette Lund/);
        await visible(page.locator('input[value="mette.lund@example.dk"]'));
        expect(await axeFindings(page, 'reporter-create-phone')).toEqual([]);
        expect(await overflow(page)).toBe(0);
        const created = apiResponse(page, 'POST', /^\/reporters$/);
        await page.getByRole('button', { name: 'Gem' }).tap();
        const response = await created;
        expect(response.status(), await response.text()).toBe(201);
        expect(response.request().postDataJSON()).toMatchObject({
          organisation: 'Kommunens beskæftigelse',
          contacts: [{ name: 'Mette Lund', email: 'mette.lund@example.dk' }],
        });
        await visible(page.getByText('mette.lund@example.dk'));
      });
      await asUserOn(panel, 'board', '#/reporters', 'reporter-board', async (page) => {
        await page.getByText('Kommunens beskæftigelse').click();
        await visible(page.getByRole('heading', { name: /Kommunens beskæftigelse/ }));
        expect(await page.getByText('mette.lund@example.dk').count()).toBe(0);
        expect(await page.getByText('Kontaktpersoner').count()).toBe(0);
      });
    },
  );
});
