import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, gone, visible } from './helpers';
import {
  DESKTOP,
  NARROW_PHONE,
  PHONE,
  axeFindings,
  show,
  widerThanScreen,
  type Finding,
  asUserAt,
} from './pageAudit';

// The phone's key screens (issue 32): words on the key actions, the KPI grid's figures in
// view at 360 px, the incident page leading with what a convener needs, the meeting planned
// in one dialog, the phone list's deadline, the dashboard's KPI status readable at 390 px.

let panel: Panel;
/** A red incident registered an hour before the suite's clock: its meeting not yet planned. */
let incidentId: number;
beforeAll(async () => {
  panel = await startPanel();
  const admin = await panel.server.as('admin');
  const res = await admin.post('/api/incidents', {
    programmeId: 2,
    areaId: 10,
    occurredAt: new Date(panel.server.clock().getTime() - 3_600_000).toISOString(),
    level: 'red',
    category: 'threatsAgainstStaff',
    activatedBy: 'police',
    description: 'Trusler mod en medarbejder ved opgangen',
  });
  expect(res.status).toBe(201);
  incidentId = (res.body as { id: number }).id;
});
afterAll(async () => {
  await panel?.close();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return found;
}

/** The button is named by its words, shows them, and lies within the screen's width. */
async function expectWords(page: Page, words: string, width: number) {
  const button = page.getByRole('button', { name: words, exact: true });
  await visible(button);
  expect((await button.innerText()).trim()).toBe(words);
  const { x, width: w } = await box(button);
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x + w).toBeLessThanOrEqual(width);
}

/**
 * A new plan of programme 2 made from demo plan 1 (whole, so it may be agreed): a draft, or
 * agreed ("approved"), as the API makes them.
 */
async function planLikeTheFirst(status: 'draft' | 'approved'): Promise<number> {
  const admin = await panel.server.as('admin');
  const {
    id: _id,
    version: _version,
    history: _history,
    ...first
  } = (await admin.get('/api/actionPlans/1')).body as Record<string, unknown>;
  const draft = await admin.post('/api/actionPlans', {
    ...first,
    status: 'draft',
    approvals: [],
    revisions: [],
    activationOverride: null,
    sspStatus: null,
    evaluation: null,
  });
  expect(draft.status).toBe(201);
  if (status === 'draft') return draft.body.id;
  const agreed = await admin.put(`/api/actionPlans/${draft.body.id}`, { ...draft.body, status: 'approved' });
  expect(agreed.status).toBe(200);
  return agreed.body.id;
}

/** Scrolls the page (not any box inside it) so that the element's top is in view. */
async function scrollPageTo(locator: Locator) {
  const { y } = await box(locator);
  await locator.page().evaluate((top) => window.scrollBy(0, top - 120), y);
}

describe('the key screens on a phone', () => {
  it(
    'shows the grid’s first figure at 360 px, uncovered by the area column, and saves what is typed',
    { timeout: 60_000 },
    async () => {
      // Randers, whose areas include the longest name ("Området omkring Glarbjergvej, …"), given a KPI.
      const admin = await panel.server.as('admin');
      const indicator = await admin.post('/api/indicators', {
        programmeId: 2,
        code: 'klager',
        name: 'Beboerklagesager',
        unit: 'count',
        direction: 'lower',
        baselineYear: 2025,
        target: { rule: 'fixed', value: 10 },
      });
      expect(indicator.status).toBe(201);
      await asUserAt(panel, 'admin', NARROW_PHONE, 'phone-screens-grid', async (page) => {
        await show(page, '#/kpi-grid?programmeId=2&year=2026');
        await visible(page.getByRole('rowheader', { name: /^Området omkring Glarbjergvej/ }));
        const table = page.getByRole('table', { name: 'Årets tal' });
        const first = table.getByRole('textbox').first();
        await visible(first);
        await scrollPageTo(first);
        const { x, y, width, height } = await box(first);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + width).toBeLessThanOrEqual(NARROW_PHONE.width);
        // What a tap at the field's centre reaches is the field, not the sticky area column.
        const hit = await page.evaluate(
          ([cx, cy]) => document.elementFromPoint(cx!, cy!)?.closest('input')?.getAttribute('aria-label'),
          [x + width / 2, y + height / 2],
        );
        expect(hit).toBe(await first.getAttribute('aria-label'));
        expect(await widerThanScreen(page)).toBe(0);

        await first.tap();
        await first.fill('3000');
        await expectWords(page, 'Gem', NARROW_PHONE.width);
        const saved = apiResponse(page, 'PUT', /^\/kpi\/grid$/);
        await page.getByRole('button', { name: 'Gem', exact: true }).tap();
        expect((await saved).status()).toBe(200);
        // Read back from the server, grouped as the dashboard writes it.
        await expect.poll(() => first.inputValue()).toBe('3.000');
      });
    },
  );

  it('says the key actions in words at 390 px', { timeout: 60_000 }, async () => {
    const agreed = await planLikeTheFirst('approved');
    await asUserAt(panel, 'admin', PHONE, 'phone-screens-words', async (page) => {
      const words = (list: string[]) => Promise.all(list.map((w) => expectWords(page, w, PHONE.width)));
      await show(page, '#/kpi-grid');
      await words(['Gem', 'Hent skabelon', 'Importér fra fil', 'Lås året']);
      await show(page, '#/actionPlans/3/show');
      await words(['Vedtag planen']);
      // An agreed plan's next steps.
      await show(page, `#/actionPlans/${agreed}/show`);
      await words(['Aktivér', 'Tilbage til kladde']);
      await show(page, '#/actionPlans/3?step=3');
      await words(['Tilbage', 'Næste', 'Tilføj indsats', 'Tilføj fra værktøjskassen']);
      // The six steps' names whole, none cut off ("Pe…").
      const steps = page.locator('.MuiStepLabel-label');
      expect(await steps.count()).toBe(6);
      for (const label of await steps.all()) {
        expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        const { x, width } = await box(label);
        expect(x + width).toBeLessThanOrEqual(PHONE.width);
      }
      await show(page, `#/incidents/${incidentId}/show`);
      await words(['Opret handleplan', 'Planlæg møde']);
      await show(page, '#/?programmeId=1&year=2019');
      await words(['Hent årsrapport (Excel)']);
    });
  });

  it(
    'leaves a row added from the toolbox unmarked until one of its fields is left',
    { timeout: 60_000 },
    async () => {
      const plan = await planLikeTheFirst('draft');
      await asUserAt(panel, 'admin', PHONE, 'phone-screens-toolbox', async (page) => {
        await show(page, `#/actionPlans/${plan}?step=3`);
        const rows = page.locator('.RaSimpleFormIterator-line');
        await visible(rows.first());
        const before = await rows.count();
        await page.getByRole('button', { name: 'Tilføj fra værktøjskassen', exact: true }).tap();
        await page.getByRole('menuitem', { name: 'Fokuseret gadeplansindsats' }).tap();
        await expect.poll(() => rows.count()).toBe(before + 1);
        const added = rows.last();
        await expect
          .poll(() => added.getByRole('textbox').first().inputValue())
          .toBe('Fokuseret gadeplansindsats');
        // No one responsible yet, which the step refuses, but nothing is red before it is touched.
        expect(await added.locator('[aria-invalid="true"]').count()).toBe(0);
        expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
        // Left without a responsible participant or party: now it says so.
        const responsible = added.getByRole('combobox', { name: /^Ansvarlig deltager/ });
        await responsible.tap();
        await page.keyboard.press('Escape');
        await responsible.blur();
        await expect.poll(() => responsible.getAttribute('aria-invalid')).toBe('true');
      });
    },
  );

  it(
    'leads the incident page with level, deadline and meeting, plans the meeting in one dialog, keeps a dialog’s buttons inside',
    { timeout: 60_000 },
    () =>
      asUserAt(panel, 'admin', PHONE, 'phone-screens-incident', async (page) => {
        await show(page, `#/incidents/${incidentId}/show`);
        const status = page.locator('.incident-status');
        const pending = status.getByText('Afventer møde', { exact: true });
        await visible(pending);
        const callIn = page.getByRole('heading', { name: 'Indkaldelse' });
        const steps = page.getByRole('heading', { name: 'Aktiveringstrin' });
        await visible(callIn);
        const below = (await box(callIn)).y;
        for (const first of [
          status.getByText('Rødt', { exact: true }),
          status.getByText('Frist for beredskabsmøde'),
          pending,
          steps,
        ])
          expect((await box(first)).y).toBeLessThan(below);

        await page.getByRole('button', { name: 'Planlæg møde', exact: true }).tap();
        const dialog = page.getByRole('dialog', { name: 'Planlæg beredskabsmødet' });
        await visible(dialog);
        await dialog.getByLabel(/^Møde planlagt til/).fill('2026-11-24T09:00');
        const put = apiResponse(page, 'PUT', new RegExp(`^/incidents/${incidentId}$`));
        await dialog.getByRole('button', { name: 'Gem', exact: true }).tap();
        const response = await put;
        expect(response.status()).toBe(200);
        // Only the meeting's time is sent; the server answers the planned status.
        expect(Object.keys(response.request().postDataJSON() as object)).toEqual(['meetingPlannedAt']);
        expect(await response.json()).toMatchObject({
          meetingPlannedAt: '2026-11-24T08:00:00.000Z',
          meetingStatus: 'planned',
        });
        await gone(dialog);
        await visible(status.getByText('Møde planlagt 24.11 kl. 09.00', { exact: true }));
        expect(await status.getByText('Afventer møde').count()).toBe(0);
        // Setting the time sends the invitations.
        const invitations = panel.server
          .readDb()
          .notifications.filter(
            (n: { incidentId: number; kind: string }) =>
              n.incidentId === incidentId && n.kind === 'invitation',
          );
        expect(invitations.length).toBeGreaterThan(0);

        // The log entry dialog keeps "Gem" (and "Annuller") inside it.
        await page.getByRole('button', { name: 'Tilføj logpost', exact: true }).tap();
        const log = page.getByRole('dialog', { name: 'Tilføj logpost' });
        await visible(log);
        const frame = await box(log);
        for (const name of ['Gem', 'Annuller']) {
          const button = log.getByRole('button', { name, exact: true });
          await button.scrollIntoViewIfNeeded();
          const b = await box(button);
          const inside = await box(log);
          expect(b.y).toBeGreaterThanOrEqual(inside.y);
          expect(b.y + b.height).toBeLessThanOrEqual(inside.y + inside.height);
          expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
          expect((await button.innerText()).trim()).toBe(name);
        }
        await log.getByRole('button', { name: 'Annuller', exact: true }).tap();
        await gone(log);
      }),
  );

  it('shows the deadline and "Overskredet" in the phone list', { timeout: 60_000 }, () =>
    asUserAt(panel, 'admin', PHONE, 'phone-screens-list', async (page) => {
      await show(page, '#/incidents');
      // Demo incident 40: red, its deadline 27.10.2026 passed without a meeting.
      const row = page.getByRole('listitem').filter({ hasText: /Frist 27\.10\.2026/ });
      await visible(row);
      await visible(row.getByText('Overskredet', { exact: true }));
      await visible(row.getByText('Rødt', { exact: true }));
    }),
  );

  it(
    'keeps the area’s name beside Faktisk and Status in the dashboard’s KPI table at 390 px',
    { timeout: 60_000 },
    () =>
      asUserAt(panel, 'admin', PHONE, 'phone-screens-dashboard', async (page) => {
        await show(page, '#/?programmeId=1&year=2019');
        const complaints = page.getByRole('list', { name: 'Status for Beboerklagesager i 2019' });
        const area = complaints.getByRole('listitem').filter({ hasText: 'Ellekonebakken' });
        await visible(area);
        await scrollPageTo(area);
        for (const part of [
          area.getByText('Ellekonebakken', { exact: true }),
          area.getByText('Faktisk', { exact: true }),
          area.getByText('Ikke opfyldt', { exact: true }),
        ]) {
          await visible(part);
          const { x, y, width, height } = await box(part);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x + width).toBeLessThanOrEqual(PHONE.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y + height).toBeLessThanOrEqual(PHONE.height);
        }
        // The figure itself, as the server computed it, beside its label.
        const stats = await (
          await page.request.get(`${panel.server.url}/api/stats/dashboard?programmeId=1&year=2019`)
        ).json();
        const row = stats.kpi.indicators
          .find((i: { indicator: { name: string } }) => i.indicator.name === 'Beboerklagesager')
          .rows.find((r: { name: string }) => r.name === 'Ellekonebakken');
        expect(await area.locator('dt:text-is("Faktisk") + dd').innerText()).toBe(String(row.actual));
        expect(await widerThanScreen(page)).toBe(0);
      }),
  );
});

describe('the changed screens', () => {
  const pages = () => [
    { name: 'incident', path: `#/incidents/${incidentId}/show` },
    { name: 'incidents', path: '#/incidents' },
    { name: 'kpi-grid', path: '#/kpi-grid?programmeId=1&year=2018' },
    { name: 'dashboard', path: '#/?programmeId=1&year=2019' },
    { name: 'action-plan', path: '#/actionPlans/3/show' },
    { name: 'action-plan-form', path: '#/actionPlans/3?step=3' },
    { name: 'year-locks', path: '#/yearLocks' },
    { name: 'programme-create', path: '#/programmes/create' },
  ];

  for (const viewport of [PHONE, DESKTOP])
    it(`has no WCAG 2.1 AA findings at ${viewport.width} px`, { timeout: 120_000 }, () =>
      asUserAt(panel, 'admin', viewport, `phone-screens-axe-${viewport.width}`, async (page) => {
        const findings: Finding[] = [];
        for (const p of pages()) {
          await show(page, p.path);
          findings.push(...(await axeFindings(page, p.name)));
        }
        expect(findings).toEqual([]);
      }),
    );

  it(
    'tells who locked a year and when, in the list and on the grid; marks required fields before saving',
    { timeout: 60_000 },
    () =>
      asUserAt(panel, 'admin', DESKTOP, 'phone-screens-locks', async (page) => {
        const admin = await panel.server.as('admin');
        const lock = await admin.post('/api/yearLocks', {
          programmeId: 1,
          year: 2017,
          reason: 'Godkendt på statusmødet',
        });
        expect(lock.status).toBe(201);
        await show(page, '#/yearLocks');
        const row = page.getByRole('row').filter({ hasText: 'Godkendt på statusmødet' });
        await visible(row.getByRole('cell', { name: 'admin', exact: true }));
        await show(page, '#/kpi-grid?programmeId=1&year=2017');
        await visible(page.getByText(/^Låst af admin \d{2}\.\d{2}\.\d{4}/));

        await show(page, '#/programmes/create');
        for (const label of [/^Kommune\b/, /^Periodens start/, /^Periodens slutning/])
          expect(await page.locator('label').filter({ hasText: label }).innerText()).toMatch(/\*$/);
      }),
  );
});
