import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { apiResponse, asUser, visible } from './helpers';
import { walkToActivePlan, type FlowResult } from './actionPlanFlow';
import { checkPrint, planDialog, printPdf, writeLogEntry } from './actionPlanPages';

interface SeedParticipant {
  id: number;
  programmeId: number;
  name: string;
  signsPlan: boolean;
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  participants: SeedParticipant[];
  actionPlans: { id: number; endDate: string; revisions: object[]; interventions: { action: string }[] }[];
};
/** Programme 2 (Randers): its signatories sign every plan of incident 40 and of demo plan 1. */
const SIGNATORIES = seed.participants.filter((p) => p.programmeId === 2 && p.signsPlan);
const PLAN_1 = seed.actionPlans.find((p) => p.id === 1)!;
const SECRET = `Politiets kilde i gården ${Date.now().toString(36)}`;

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const asAdmin = (name: string, body: (page: Page) => Promise<void>) => asUser(panel, 'admin', name, body);
const storedPlan = (id: number) => panel.server.readDb().actionPlans.find((p: { id: number }) => p.id === id);

/** In this order: (c) and (d) read demo plan 1 while it is active, (b) then ends it. */
describe('the written action plan in the panel', () => {
  it(
    '(a) walks the guided form from a red incident to an active plan, surviving a reload',
    { timeout: 180_000 },
    () =>
      asAdmin('actionPlan-a', async (page) => {
        const start = performance.now();
        const flow: FlowResult = await walkToActivePlan(
          page,
          panel.server.url,
          SIGNATORIES,
          storedPlan,
          panel.server.clock(),
        );
        const seconds = (performance.now() - start) / 1000;
        console.log(`action plan flow: ${seconds.toFixed(1)} s`);

        const plan = storedPlan(flow.planId);
        expect(plan).toMatchObject({
          status: 'active',
          programmeId: 2,
          incidentIds: [40],
          startDate: flow.startDate,
          endDate: flow.endDate,
          situation: { description: flow.situation, involvedCount: 3, escalationRisk: 'high' },
          purpose: flow.purpose,
          confidentialNotes: flow.confidential,
          pressSpokespeople: [21],
          callList: [
            { staff: 'Boligsocial medarbejder Ida', contacts: 'Viceværter og afdelingsbestyrelsen' },
          ],
        });
        expect(plan.interventions).toEqual([
          expect.objectContaining({
            action: 'Synlig, udvidet patruljering',
            party: 'Lokalpolitiet',
            participantId: null,
          }),
          expect.objectContaining({
            action: flow.typedAction,
            participantId: 17,
            phone: '22 13 38 89',
            place: flow.typedPlace,
          }),
        ]);
        expect(plan.communications).toEqual([
          expect.objectContaining({
            audience: 'residents',
            participantId: 17,
            channel: 'Opslag i opgangene',
          }),
        ]);
        expect(plan.approvals.map((a: { participantId: number }) => a.participantId).sort()).toEqual(
          SIGNATORIES.map((s) => s.id).sort(),
        );
        const events = plan.history.map((e: { event: string; to?: string }) => e.to ?? e.event);
        expect(events).toEqual(['created', 'approved', ...SIGNATORIES.map(() => 'approval'), 'active']);
        expect(plan.history.every((e: { username: string }) => e.username === 'admin')).toBe(true);
      }),
  );

  it(
    '(c) prints a plan as A4 with every section, its interventions and a signature line per signatory',
    { timeout: 90_000 },
    () =>
      asAdmin('actionPlan-c', async (page) => {
        await page.goto(`${panel.server.url}/#/actionPlans/1/show`);
        await visible(page.getByText(PLAN_1.interventions[0]!.action).first());
        await page.getByRole('link', { name: 'Udskriv' }).click();
        await page.waitForURL(/#\/actionPlans\/1\/print$/);
        await visible(page.getByRole('heading', { level: 1, name: 'Handleplan nr. 1' }));
        await visible(page.getByText('Gl. Jennumparken', { exact: true }));
        await visible(page.getByText('20.09.2026 – 27.11.2026').first());
        // The log of incident 38, with its correction marked.
        await visible(page.getByText('Rettet – se #4'));
        await visible(page.getByText('Retter #3'));
        await checkPrint(
          page,
          PLAN_1.interventions.map((i) => i.action),
          SIGNATORIES,
        );
        expect(await printPdf(page, '/tmp/actionplan.pdf')).toBeGreaterThanOrEqual(1);
      }),
  );

  it(
    '(d) lets a board member read a plan and its print without write buttons or confidential notes',
    { timeout: 90_000 },
    async () => {
      const admin = await panel.server.as('admin');
      const current = (await admin.get('/api/actionPlans/1')).body;
      expect((await admin.put('/api/actionPlans/1', { ...current, confidentialNotes: SECRET })).status).toBe(
        200,
      );
      await asAdmin('actionPlan-d-admin', async (page) => {
        await page.goto(`${panel.server.url}/#/actionPlans/1/show`);
        await visible(page.getByText(SECRET));
        await visible(page.getByRole('button', { name: 'Forlæng' }));
      });

      await asUser(panel, 'board', 'actionPlan-d-board', async (page) => {
        const shown = apiResponse(page, 'GET', /^\/actionPlans\/1$/);
        await page.goto(`${panel.server.url}/#/actionPlans/1/show`);
        expect(await (await shown).json()).not.toHaveProperty('confidentialNotes');
        await visible(page.getByText(PLAN_1.interventions[0]!.action).first());
        await visible(page.getByText('Godkendt af Mads Kjærgaard').first());
        for (const name of [
          'Vedtag planen',
          'Aktivér',
          'Forlæng',
          'Afslut',
          'Tilbage til kladde',
          'Skriv evaluering',
        ])
          expect(await page.getByRole('button', { name }).count(), name).toBe(0);
        expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: /^Registrér godkendelse/ }).count()).toBe(0);
        expect(await page.content()).not.toContain(SECRET);

        await page.getByRole('link', { name: 'Udskriv' }).click();
        await visible(page.getByRole('heading', { level: 2, name: '10. Underskrifter' }));
        await visible(page.getByText(PLAN_1.interventions[0]!.action).first());
        expect(await page.content()).not.toContain(SECRET);
        expect(await page.content()).not.toContain('Fortrolige noter');
      });
    },
  );

  it(
    '(b) extends the active plan keeping the old end date, ends it and writes the evaluation',
    { timeout: 90_000 },
    () =>
      asAdmin('actionPlan-b', async (page) => {
        await page.goto(`${panel.server.url}/#/actionPlans/1/show`);
        const extended = await planDialog(
          page,
          'Forlæng',
          [
            [/^Ny slutdato/, '2026-12-18'],
            [/^Begrundelse/, 'Fortsat uro i weekenderne'],
            [/^SSP’s status/, 'Gadeplansindsatsen virker; patruljering fortsætter'],
          ],
          'Forlæng',
          (plan) => plan.endDate === '2026-12-18',
        );
        expect(extended).toBe(200);
        await visible(page.getByText('18.12.2026').first());

        const today = DateTime.fromJSDate(panel.server.clock(), { zone: 'Europe/Copenhagen' }).toISODate();
        const stored = storedPlan(1);
        expect(stored.endDate).toBe('2026-12-18');
        expect(stored.revisions).toEqual([
          PLAN_1.revisions[0],
          {
            date: today,
            previousEndDate: PLAN_1.endDate,
            newEndDate: '2026-12-18',
            reason: 'Fortsat uro i weekenderne',
            sspStatus: 'Gadeplansindsatsen virker; patruljering fortsætter',
          },
        ]);

        const ended = await planDialog(
          page,
          'Afslut',
          [[/^SSP’s status/, 'Roligt igen; indsatserne afsluttes']],
          'Afslut',
          (plan) => plan.status === 'ended',
        );
        expect(ended).toBe(200);
        await visible(page.getByRole('button', { name: 'Skriv evaluering' }));
        expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);

        const evaluated = await planDialog(
          page,
          'Skriv evaluering',
          [
            ['Virkede planen?', 'Ja, uroen stilnede af efter to uger'],
            ['Blev de rigtige informationskanaler brugt?', 'Opslag virkede; sms savnedes'],
            ['Hvad skal gøres anderledes næste gang?', 'Sms-kæde til beboerne'],
          ],
          'Gem',
          (plan) => plan.evaluation !== null,
        );
        expect(evaluated).toBe(200);
        await visible(page.getByText('Sms-kæde til beboerne'));

        const final = storedPlan(1);
        expect(final).toMatchObject({
          status: 'ended',
          sspStatus: 'Roligt igen; indsatserne afsluttes',
          evaluation: { worked: 'Ja, uroen stilnede af efter to uger', changes: 'Sms-kæde til beboerne' },
        });
        expect(final.revisions[1].previousEndDate).toBe(PLAN_1.endDate);
        expect(final.history.map((e: { event: string }) => e.event).slice(-3)).toEqual([
          'revised',
          'status',
          'evaluated',
        ]);
      }),
  );

  it(
    '(e) keeps the incident log append-only: an entry and its correction, both shown, and no PUT',
    { timeout: 90_000 },
    () =>
      asUser(panel, 'editor', 'actionPlan-e', async (page) => {
        await page.goto(`${panel.server.url}/#/incidents/39/show`);
        await visible(page.getByRole('heading', { name: 'Hændelseslog' }));
        const first = await writeLogEntry(page, 'Graffiti på gavlen af blok 2');
        expect(first).toMatchObject({ author: 'editor', correctsId: null });
        await visible(page.getByText('Graffiti på gavlen af blok 2'));
        const correction = await writeLogEntry(page, 'Graffiti på gavlen af blok 4, ikke blok 2', first.id);
        expect(correction.correctsId).toBe(first.id);

        const log = page.getByRole('list', { name: 'Hændelseslog' });
        const items = log.getByRole('listitem');
        await expect.poll(() => items.count()).toBe(2);
        // Newest first: the correction, then the entry it corrects, marked.
        expect(await items.nth(0).innerText()).toContain('Graffiti på gavlen af blok 4, ikke blok 2');
        await visible(items.nth(0).getByText(`Retter #${first.id}`));
        expect(await items.nth(1).innerText()).toContain('Graffiti på gavlen af blok 2');
        await visible(items.nth(1).getByText(`Rettet – se #${correction.id}`));

        const editor = await panel.server.as('editor');
        const put = await editor.put(`/api/incidentLogEntries/${first.id}`, { happened: 'Ændret' });
        expect(put.status).toBe(405);
        const entries = panel.server
          .readDb()
          .incidentLogEntries.filter((e: { incidentId: number }) => e.incidentId === 39);
        expect(
          entries.map((e: { happened: string; correctsId: number | null }) => [e.happened, e.correctsId]),
        ).toEqual([
          ['Graffiti på gavlen af blok 2', null],
          ['Graffiti på gavlen af blok 4, ikke blok 2', first.id],
        ]);
      }),
  );
});
