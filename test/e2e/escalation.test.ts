import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { apiResponse, asUserOn, gone, visible, withShot } from './helpers';
import { DESKTOP, PHONE, axeFindings, openAs, show } from './pageAudit';

/**
 * Issue 30 in the panel: the escalation's timeline on a red incident (desktop and a 390 px
 * phone, axe clean), a programme's escalation rule set by its administrator (not offered to an
 * editor), and a participant whose number cannot be texted.
 */
interface Seed {
  participants: {
    id: number;
    name: string;
    phone: string | null;
    programmeId: number;
    deputyOfId: number | null;
  }[];
  notifications: Record<string, unknown>[];
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as Seed;

/** Randers' red incident 40, set at 21.21 Copenhagen time (CET) on Monday 26 October 2026. */
const INCIDENT = 40;
const CALLED = '2026-10-26T20:22:00.000Z'; // 21.22
const DEPUTIES = '2026-10-26T20:52:00.000Z'; // 21.52
const ANSWERED = '2026-10-26T20:59:00.000Z'; // 21.59
/** The seed's call-in of incident 40 by mail; the SMS of the same call-in share its cause. */
const CALL_IN = 'activation:40:red:2026-10-26T20:21:00.000Z';
const BAD_PHONE = 'Birthe Ugyldignummer';

const randers = seed.participants.filter((p) => p.programmeId === 2);
let nextId = Math.max(...seed.notifications.map((n) => Number(n.id))) + 1;
const sms = (
  p: (typeof randers)[number],
  kind: 'activation' | 'escalation',
  at: string,
  status: 'delivered' | 'failed' | 'sent',
  cause: string,
  reply?: 'yes',
) => ({
  id: nextId++,
  version: 1,
  incidentId: INCIDENT,
  programmeId: 2,
  participantId: p.id,
  name: p.name,
  to: `45${p.phone!.replace(/\D/g, '')}`,
  channel: 'sms',
  kind,
  cause,
  status,
  attempts: 1,
  lastError: status === 'failed' ? 'Nummeret findes ikke' : null,
  createdAt: at,
  sentAt: at,
  nextAttemptAt: null,
  claimedUntil: null,
  replyTokenHash: null,
  reply: reply ?? null,
  repliedAt: reply ? ANSWERED : null,
});

const called = randers.slice(0, 6);
const deputies = randers.slice(6, 9);
seed.notifications.push(
  ...called.map((p, i) =>
    sms(p, 'activation', CALLED, i === 5 ? 'failed' : 'delivered', CALL_IN, i === 3 ? 'yes' : undefined),
  ),
  ...deputies.map((p) => sms(p, 'escalation', DEPUTIES, 'delivered', `escalation:deputies:${CALL_IN}`)),
);
// A number that cannot be made an MSISDN: seven digits.
const bad = seed.participants.find(
  (p) => p.programmeId === 2 && !called.includes(p) && !deputies.includes(p),
)!;
bad.phone = '12 34 567';
bad.name = BAD_PHONE;

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel({ seed });
  await panel.server.member('planadmin', [{ programmeId: 2, role: 'programmeAdmin' }]);
});
afterAll(async () => {
  await panel?.close();
});

const timeline = (page: Page) => page.getByRole('region', { name: 'Eskalering' });

async function expectTimeline(page: Page) {
  const entries = timeline(page).getByRole('listitem');
  await visible(entries.first());
  const group = entries.filter({ hasText: 'SMS til 6 personer' });
  await expect.poll(() => group.textContent()).toContain('21.22');
  expect(await group.textContent()).toContain('5 leveret');
  expect(await group.textContent()).toContain('1 fejlet');
  const deputyStep = entries.filter({ hasText: 'SMS til 3 stedfortrædere' });
  expect(await deputyStep.textContent()).toContain('21.52');
  // Anne Mette Lund had not answered the mail: her SMS's link.
  const answer = entries.filter({ hasText: `${called[3]!.name}: kommer` });
  expect(await answer.textContent()).toContain('21.59');
  // The mails of the same call-in, by their word, not by colour or icon alone.
  await visible(entries.filter({ hasText: /Mail til \d+ person/ }).first());
}

describe('the escalation in the panel', () => {
  for (const viewport of [DESKTOP, PHONE])
    it(
      `shows the timeline on the incident at ${viewport.width} px, axe clean`,
      { timeout: 90_000 },
      async () => {
        const page = await openAs(panel, panel.browser, 'editor', viewport);
        try {
          await withShot(page, `escalation-timeline-${viewport.width}`, async () => {
            await show(page, `#/incidents/${INCIDENT}/show`);
            await expectTimeline(page);
            if (viewport === PHONE) {
              // On a phone it comes with the deadline and meeting status, before the details.
              const box = await timeline(page).boundingBox();
              expect(box!.y).toBeLessThan(viewport.height * 1.5);
              expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
            }
            expect(await axeFindings(page, `escalation ${viewport.width}`)).toEqual([]);
          });
        } finally {
          await page.context().close();
        }
      },
    );

  it('lets a programme administrator set the escalation rule and Teams channel', { timeout: 90_000 }, () =>
    asUserOn(panel, 'planadmin', '#/programmes/2', 'escalation-settings', async (page) => {
      await visible(page.getByText('SMS og eskalering'));
      await page.getByRole('switch', { name: 'Også gule hændelser' }).check();
      await page.getByLabel('Minutter til stedfortræderne').fill('20');
      await page.getByLabel('Minutter derefter til administratorerne').fill('40');
      await page.getByRole('switch', { name: 'Stille timer for gule hændelser' }).check();
      await page.getByLabel('Stille fra').fill('21:30');
      await page.getByLabel('Stille til').fill('07:00');
      await page.getByLabel('Teams-kanalens webhookadresse').fill('https://example.webhook.office.com/hook');
      const saved = apiResponse(page, 'PUT', /^\/programmes\/2$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await saved).status()).toBe(200);
      const stored = panel.server.readDb().programmes.find((p: { id: number }) => p.id === 2);
      expect(stored.escalation).toEqual({
        levels: ['red', 'yellow'],
        deputiesAfterMinutes: 20,
        adminsAfterMinutes: 40,
        quietHours: { from: '21:30', to: '07:00' },
      });
      expect(stored.teamsWebhookUrl).toBe('https://example.webhook.office.com/hook');
      await page.goto(`${panel.server.url}/#/programmes/2/show`);
      await visible(
        page.getByText('Røde og gule: stedfortrædere efter 20 min., administratorer 40 min. senere'),
      );
      await visible(page.getByText('Stille timer for gule: 21:30–07:00'));
      await visible(page.getByText('https://example.webhook.office.com/hook'));
    }),
  );

  it('offers an editor neither the rule to change nor the Teams address', { timeout: 60_000 }, () =>
    asUserOn(panel, 'editor', '#/programmes/2/show', 'escalation-editor', async (page) => {
      await visible(page.getByText('SMS og eskalering'));
      await gone(page.getByRole('link', { name: 'Rediger' }));
      expect(await page.getByText('Teams-kanalens webhookadresse').count()).toBe(0);
      expect(await page.getByText('example.webhook.office.com').count()).toBe(0);
    }),
  );

  it('shows a number that cannot be texted on the participant and in the list', { timeout: 60_000 }, () =>
    asUserOn(
      panel,
      'editor',
      `#/participants?filter=${encodeURIComponent('{"programmeId":2}')}`,
      'escalation-bad-phone',
      async (page) => {
        const row = page.getByRole('row').filter({ hasText: BAD_PHONE });
        await visible(row);
        await visible(row.getByText('Nummeret kan ikke få SMS', { exact: false }));
        await row.getByText(BAD_PHONE).click();
        await page.waitForURL(/#\/participants\/\d+\/show$/);
        await visible(page.getByText('12 34 567'));
        await visible(page.getByText('Nummeret kan ikke få SMS', { exact: false }));
      },
    ),
  );
});
