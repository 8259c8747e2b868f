import fs from 'node:fs';
import { DateTime } from 'luxon';
import type { Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { apiResponse, gone, pickAutocomplete, pickSelect, UI_TIMEOUT, visible } from './helpers';

/** Where the wizard's steps are photographed when SHOTS_DIR is set (for looking at them). */
const SHOTS_DIR = process.env.SHOTS_DIR;
async function photo(page: Page, name: string) {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  // The app bar slides away on scroll; from the top the picture shows the page as the user meets it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

/** The next PUT of a plan whose sent body passes `test` (autosaves of the same plan are passed over). */
export function planPut(page: Page, test: (plan: Record<string, any>) => boolean): Promise<Response> {
  return page.waitForResponse(
    (res) => {
      const req = res.request();
      if (req.method() !== 'PUT' || !/\/api\/actionPlans\/\d+$/.test(new URL(res.url()).pathname))
        return false;
      return test(JSON.parse(req.postData() ?? '{}'));
    },
    { timeout: UI_TIMEOUT },
  );
}

export interface FlowResult {
  planId: number;
  situation: string;
  purpose: string;
  confidential: string;
  typedAction: string;
  typedPlace: string;
  startDate: string;
  endDate: string;
}

const next = async (page: Page, step: number) => {
  await page.getByRole('button', { name: 'Næste' }).click();
  await page.waitForURL(new RegExp(`step=${step}$`));
};
/** The repeated rows of the step's list that holds an input labelled `label`. */
const rows = (page: Page, label: string) =>
  page.getByRole('listitem').filter({ has: page.getByLabel(label, { exact: true }) });

/** Incident 40 (red, threats against staff) → Opret handleplan → every step → agreed, approved, active. */
export async function walkToActivePlan(
  page: Page,
  url: string,
  signatories: { name: string }[],
  /** The plan as the server stored it. */
  stored: (id: number) => any,
  /** The server's (and the page's) time: the plan starts today. */
  now: Date,
): Promise<FlowResult> {
  const today = DateTime.fromJSDate(now, { zone: 'Europe/Copenhagen' });
  const r: Omit<FlowResult, 'planId'> = {
    situation: 'En vicevært truet med kniv i gården; beboerne er utrygge, og flere unge samles om aftenen.',
    purpose: 'At skabe tryghed for medarbejdere og beboere og forebygge gentagelse.',
    confidential: 'Den anholdte er kendt af kommunen (§ 115).',
    typedAction: 'Opsøgende samtaler med beboerne i gården',
    typedPlace: 'Gården ved blok 7',
    startDate: today.toISODate()!,
    endDate: today.plus({ days: 14 }).toISODate()!,
  };
  await page.goto(`${url}/#/incidents/40/show`);
  await visible(page.getByRole('heading', { name: 'Handleplaner' }));
  const created = apiResponse(page, 'POST', /^\/actionPlans$/);
  await page.getByRole('button', { name: 'Opret handleplan' }).click();
  const planId = ((await (await created).json()) as { id: number }).id;
  await page.waitForURL(new RegExp(`#/actionPlans/${planId}\\?step=1$`));

  // 1 Situation: taken over from the incident; the step's own schema stops an empty description at the field.
  await expect.poll(() => page.getByLabel('Beskrivelse af situationen').inputValue()).not.toBe('');
  await page.getByLabel('Beskrivelse af situationen').fill('');
  await page.getByRole('button', { name: 'Næste' }).click();
  await visible(page.getByText('Skal udfyldes'));
  await page.getByLabel('Beskrivelse af situationen').fill(r.situation);
  await page.getByLabel('Antal involverede').fill('3');
  await pickSelect(page, /^Risiko for eskalering/, 'Høj');
  await page.getByLabel('Fortrolige noter').fill(r.confidential);
  await photo(page, '1-situation');
  await next(page, 2);

  // 2 Purpose and target groups.
  await page.getByLabel('Formål', { exact: true }).fill(r.purpose);
  await page.getByLabel('Målgrupper').fill('Medarbejdere i driften; unge 15–22 år omkring gården');
  await photo(page, '2-purpose');
  await next(page, 3);

  // 3 Interventions: one from the toolbox, one typed with a participant whose phone is filled in.
  await page.getByRole('button', { name: 'Tilføj fra værktøjskassen' }).click();
  await page.getByRole('menuitem', { name: 'Synlig, udvidet patruljering' }).click();
  await gone(page.getByRole('menu', { name: 'Tilføj fra værktøjskassen' }));
  const interventions = rows(page, 'Indsats');
  expect(await interventions.nth(0).getByLabel('Indsats', { exact: true }).inputValue()).toBe(
    'Synlig, udvidet patruljering',
  );
  await interventions.nth(0).getByLabel('Ansvarlig part').fill('Lokalpolitiet');
  await page.getByRole('button', { name: 'Tilføj indsats' }).click();
  await interventions.nth(1).getByLabel('Indsats', { exact: true }).fill(r.typedAction);
  const responsible = interventions.nth(1).getByRole('combobox', { name: /^Ansvarlig deltager/ });
  await responsible.fill('Katrine');
  await page.getByRole('option', { name: /^Katrine Holm Ebbesen/ }).click();
  const phone = interventions.nth(1).getByLabel('Telefon');
  await expect.poll(() => phone.inputValue()).toBe('22 13 38 89');
  await interventions.nth(1).getByLabel('Sted').fill(r.typedPlace);

  // Reloaded before the autosave's pause is over: the typing and the step come back.
  await page.reload();
  await page.waitForURL(/step=3$/);
  await expect.poll(() => rows(page, 'Indsats').nth(1).getByLabel('Sted').inputValue()).toBe(r.typedPlace);
  expect(await rows(page, 'Indsats').nth(0).getByLabel('Indsats', { exact: true }).inputValue()).toBe(
    'Synlig, udvidet patruljering',
  );
  expect(await page.getByRole('button', { name: 'Indsatser' }).getAttribute('aria-current')).toBe('step');
  // …and reach the server, through the autosave.
  await expect
    .poll(() => stored(planId)?.interventions?.[1]?.place, { timeout: UI_TIMEOUT })
    .toBe(r.typedPlace);
  await photo(page, '3-interventions');
  await next(page, 4);

  // 4 Communication: a row, the press spokesperson, the call list.
  await page.getByRole('button', { name: 'Tilføj kommunikation' }).click();
  await pickSelect(page, /^Part/, 'Beboere');
  await page.getByLabel('Kanal').fill('Opslag i opgangene');
  await page.getByLabel('Hvornår').fill('I dag');
  await page.getByLabel('Hovedbudskab').fill('Politiet har anholdt en mand; der er ekstra opsyn i gården.');
  await pickAutocomplete(page, /^Informeres af \(deltager\)/, 'Katrine', /^Katrine Holm Ebbesen/);
  await pickAutocomplete(page, /^Udtaler sig til pressen/, 'Helle', /^Helle Ravnkilde/);
  await page.getByRole('button', { name: 'Tilføj til ringelisten' }).click();
  await page.getByLabel('Medarbejder').fill('Boligsocial medarbejder Ida');
  await page.getByLabel('Kontakter').fill('Viceværter og afdelingsbestyrelsen');
  await photo(page, '4-communication');
  await next(page, 5);

  // 5 Period.
  await page.getByLabel('Startdato').fill(r.startDate);
  await page.getByLabel('Slutdato').fill(r.endDate);
  await photo(page, '5-period');
  await next(page, 6);

  // 6 Review: agree, register every signatory's approval, activate.
  await visible(page.getByText('Status: Kladde'));
  // Leaving the period step saved the dates: the indicator says when.
  await visible(page.getByRole('status').filter({ hasText: /^Gemt \d{2}\.\d{2}/ }));
  await photo(page, '6-review-draft');
  const approved = planPut(page, (plan) => plan.status === 'approved');
  await page.getByRole('button', { name: 'Vedtag planen' }).click();
  expect((await approved).status()).toBe(200);
  await visible(page.getByText('Status: Vedtaget'));
  for (const s of signatories) {
    const registered = planPut(page, (plan) => plan.approvals.length > 0);
    await page.getByRole('button', { name: `Registrér godkendelse for ${s.name}` }).click();
    expect((await registered).status()).toBe(200);
    await gone(page.getByRole('button', { name: `Registrér godkendelse for ${s.name}` }));
  }
  const activated = planPut(page, (plan) => plan.status === 'active');
  await page.getByRole('button', { name: 'Aktivér' }).click();
  expect((await activated).status()).toBe(200);
  await visible(page.getByText('Status: Aktiv'));
  await photo(page, '6-review-active');
  return { planId, ...r };
}
