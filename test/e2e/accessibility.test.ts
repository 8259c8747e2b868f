import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPanelContext, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { planPut } from './actionPlanFlow';
import { visible, withShot } from './helpers';
import { activate, loginByKeyboard, registerIncidentByKeyboard, walkPlanByKeyboard } from './keyboardFlow';
import {
  DESKTOP,
  PAGES,
  PHONE,
  addPageRecords,
  axeFindings,
  openAs,
  setLanguage,
  show,
  type Finding,
} from './pageAudit';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
  await addPageRecords(panel);
});
afterAll(async () => {
  await panel?.close();
});

/**
 * WCAG 2.1 A and AA as axe-core checks them, on every page, on a phone and a desktop.
 * One browser context per role, language and width, the pages visited in turn (as
 * `npm run audit:pages` does, which prints the same findings in full).
 */
describe('every page passes axe-core (WCAG 2.1 AA)', () => {
  for (const role of ['admin', 'board'] as const)
    for (const locale of ['da', 'en'] as const)
      it(
        `as ${role}, in ${locale === 'da' ? 'Danish' : 'English'}, at 390 and 1440 px`,
        { timeout: 300_000 },
        async () => {
          const findings: Finding[] = [];
          // The board sees no admin or staff pages: those only redirect it.
          const pages = PAGES.filter((p) => role === 'admin' || (!p.admin && !p.staff));
          for (const viewport of [PHONE, DESKTOP]) {
            const page = await openAs(panel, panel.browser, role, viewport, locale);
            try {
              await setLanguage(page, locale);
              for (const p of pages) {
                await show(page, p.path);
                findings.push(...(await axeFindings(page, `${p.name} ${viewport.width}`)));
              }
            } finally {
              await page.context().close();
            }
          }
          expect(findings).toEqual([]);
        },
      );
});

describe('the charts', () => {
  it('show their figures as a table on request, which passes axe-core too', { timeout: 60_000 }, async () => {
    const page = await openAs(panel, panel.browser, 'board', DESKTOP);
    try {
      await show(page, '#/');
      const card = page.getByRole('region', { name: 'Hændelser pr. måned efter beredskabsniveau' });
      await card.getByRole('button', { name: 'Vis som tabel' }).click();
      const table = card.getByRole('table', { name: 'Hændelser pr. måned efter beredskabsniveau' });
      await visible(table);
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
        'Måned',
        'Grønt',
        'Gult',
        'Rødt',
      ]);
      expect(await card.locator('.incidents-by-month').count()).toBe(0);
      expect(await axeFindings(page, 'dashboard with a table')).toEqual([]);
      await card.getByRole('button', { name: 'Vis som diagram' }).click();
      await visible(card.locator('.incidents-by-month'));
    } finally {
      await page.context().close();
    }
  });
});

describe('the keyboard alone', () => {
  it(
    'registers an incident and walks its action plan through the guided form to agreement',
    { timeout: 120_000 },
    async () => {
      const context = await newPanelContext(panel);
      const page = await context.newPage();
      await page.setViewportSize(DESKTOP);
      try {
        await withShot(page, 'keyboard-only', async () => {
          await loginByKeyboard(page, panel.server.url, 'admin', PASSWORD);
          const description = `Graffiti i opgang 3, registreret uden mus ${Date.now().toString(36)}.`;
          const incidentId = await registerIncidentByKeyboard(page, panel.server.url, description);
          expect(
            panel.server.readDb().incidents.find((i: { id: number }) => i.id === incidentId),
          ).toMatchObject({
            programmeId: 2,
            areaId: 8,
            level: 'yellow',
            category: 'vandalism',
            activatedBy: 'housingOrganisation',
            description,
          });

          const planId = await walkPlanByKeyboard(page);
          const agreed = planPut(page, (plan) => plan.status === 'approved');
          await activate(page, page.getByRole('button', { name: 'Vedtag planen' }));
          expect((await agreed).status()).toBe(200);
          await visible(page.getByText('Status: Vedtaget'));
          expect(
            panel.server.readDb().actionPlans.find((p: { id: number }) => p.id === planId),
          ).toMatchObject({
            incidentIds: [incidentId],
            status: 'approved',
            purpose: 'At skabe tryghed i opgangen.',
            interventions: [{ action: 'Ekstra opsyn i kælderen', party: 'Driften' }],
            communications: [{ audience: 'residents', keyMessage: 'Der er ekstra opsyn i kælderen.' }],
            startDate: '2026-12-12',
            endDate: '2027-01-01',
          });
        });
      } finally {
        await context.close();
      }
    },
  );
});
