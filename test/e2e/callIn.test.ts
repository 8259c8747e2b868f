import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPanelContext, startPanel, type Panel } from '../support/browser';
import { ROOT } from '../support/process';
import { startSmtp, type Received, type TestSmtp } from '../support/smtp';
import {
  apiResponse,
  asUser,
  asUserOn,
  gone,
  pickAutocomplete,
  pickSelect,
  recordApiRequests,
  visible,
} from './helpers';

interface SeedParticipant {
  programmeId: number;
  name: string;
  email: string | null;
  responseGroups: number[];
}
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')) as {
  participants: SeedParticipant[];
};
/** Randers' participants of a response group with an address: whom the server calls in. */
const inGroup = (group: number) =>
  seed.participants.filter((p) => p.programmeId === 2 && p.responseGroups.includes(group) && p.email);
/** With a police case. */
const GROUP_2 = inGroup(2);
/** Without one. */
const GROUP_1 = inGroup(1);
const STEP = 'Situationen bekræftet i gruppen';
const MAIL_TIMEOUT = 20_000;
const WHEN = /\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}/;

let smtp: TestSmtp;
let panel: Panel;
/** The incident the editor registers; the later steps work on it. */
let incidentId: number;

beforeAll(async () => {
  smtp = await startSmtp();
  panel = await startPanel({ mail: { smtpUrl: smtp.url } });
});
afterAll(async () => {
  await panel?.close();
  await smtp?.close();
});

interface StoredMail {
  incidentId: number;
  to: string;
  status: string;
}
const mailsOf = (id: number): StoredMail[] =>
  panel.server.readDb().notifications.filter((n: StoredMail) => n.incidentId === id);

/** Waits until the server has stored `count` mails of the incident as `status` (the SMTP server sees them first). */
async function stored(count: number, status = 'sent', id = incidentId) {
  await expect
    .poll(() => mailsOf(id).filter((n) => n.status === status).length, { timeout: MAIL_TIMEOUT })
    .toBe(count);
}

/**
 * The mails the SMTP server received about incident `id` (each links to it), once there are
 * `count`: the demo's own open incidents get the timer's mails too.
 */
async function receivedFor(id: number, count: number): Promise<Received[]> {
  const about = () => smtp.received.filter((r) => (r.mail.text ?? '').includes(`/#/incidents/${id}/show`));
  await expect.poll(() => about().length, { timeout: MAIL_TIMEOUT }).toBeGreaterThanOrEqual(count);
  return about();
}
const addresses = (mails: readonly Received[]) => mails.flatMap((m) => m.to).sort();
const emails = (people: readonly SeedParticipant[]) => people.map((p) => p.email).sort();

const callIn = (page: Page) => page.getByRole('region', { name: 'Indkaldelse' });
const checklist = (page: Page) => page.getByRole('region', { name: 'Aktiveringstrin' });
/** A person's entry in the call-in card: the one naming them, not one of their mails' lines. */
const personIn = (page: Page, name: string) =>
  callIn(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

async function openIncident(page: Page) {
  await page.goto(`${panel.server.url}/#/incidents/${incidentId}/show`);
  await visible(page.getByText('Møde planlagt til', { exact: true }));
}

describe('calling in the response group by mail', () => {
  it(
    'calls group 2 in when an editor registers a yellow incident with a police case',
    { timeout: 90_000 },
    () =>
      asUserOn(panel, 'editor', '#/incidents/create', 'call-in-register', async (page) => {
        expect(GROUP_2.length).toBeGreaterThan(1);
        await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));
        await pickAutocomplete(page, /^Helhedsplan/, 'Randers', 'Boligsocial helhedsplan Randers 2025-2029');
        await pickAutocomplete(page, /^Boligområde/, 'vangd', 'Vangdalen');
        await page.getByLabel(/^Tidspunkt/).fill('2026-11-23T10:30');
        await pickSelect(page, /^Kategori/, 'Hærværk');

        // "Send alligevel" is offered where nobody would be called: green, or an exercise.
        const anyway = page.getByRole('switch', { name: 'Send alligevel' });
        await page.getByRole('radio', { name: 'Grønt' }).check();
        await visible(anyway);
        await visible(
          page.getByText('Grønne hændelser og øvelser indkalder ingen, medmindre du vælger det.'),
        );
        await page.getByRole('radio', { name: 'Gult' }).check();
        await gone(anyway);
        await page.getByRole('switch', { name: 'Øvelse' }).check();
        await visible(anyway);
        await page.getByRole('switch', { name: 'Øvelse' }).uncheck();
        await gone(anyway);

        await pickSelect(page, /^Aktiveret af/, 'Politiet');
        await page.getByRole('switch', { name: 'Politisag' }).check();
        await page.getByLabel(/^Beskrivelse/).fill('Knuste ruder i opgang 4 og hærværk på cykelkælderen.');
        const created = apiResponse(page, 'POST', /^\/incidents$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        const response = await created;
        expect(response.status()).toBe(201);
        incidentId = ((await response.json()) as { id: number }).id;
        await page.waitForURL(new RegExp(`#/incidents/${incidentId}/show$`));

        // One mail to each of group 2, to the address the contact list gives.
        expect(addresses(await receivedFor(incidentId, GROUP_2.length))).toEqual(emails(GROUP_2));
        await stored(GROUP_2.length);

        // The card lists everyone called, each with their call-in sent and no reply yet.
        await page.reload();
        await visible(callIn(page).getByText(`${GROUP_2.length} indkaldt`, { exact: false }));
        for (const person of GROUP_2) {
          const entry = personIn(page, person.name);
          await visible(entry.getByText(person.email!, { exact: true }));
          await visible(entry.getByText('Indkaldelse', { exact: true }));
          await visible(entry.getByText(new RegExp(`^Sendt ${WHEN.source}$`)));
          await visible(entry.getByText('Intet svar', { exact: true }));
        }
      }),
  );

  it('shows a reply given through the link in the mail', { timeout: 90_000 }, async () => {
    expect(incidentId, 'the incident of the first test').toBeDefined();
    const [mail] = await receivedFor(incidentId, 1);
    if (!mail) throw new Error('no call-in was received');
    const person = GROUP_2.find((p) => p.email === mail.to[0])!;
    const link = /https?:\/\/\S+\/svar\/[^\s?]+\?svar=ja/.exec(mail.mail.text ?? '')?.[0];
    expect(link, mail.mail.text).toBeDefined();

    // The recipient is not logged in: a context of their own.
    const context = await newPanelContext(panel);
    try {
      const reply = await context.newPage();
      await reply.goto(link!);
      await visible(reply.getByRole('heading', { name: 'Kan du deltage i beredskabsmødet?' }));
      await reply.getByRole('button', { name: 'Jeg kan deltage' }).click();
      await visible(reply.getByRole('heading', { name: 'Tak for dit svar' }));
    } finally {
      await context.close();
    }

    await asUser(panel, 'editor', 'call-in-reply', async (page) => {
      await openIncident(page);
      const entry = personIn(page, person.name);
      await visible(entry.getByText(new RegExp(`^Kan deltage ${WHEN.source}$`)));
      await visible(callIn(page).getByText(/1 kan deltage, 0 kan ikke deltage/));
    });
  });

  it('ticks an activation step: who and when, in the card and in the timeline', { timeout: 60_000 }, () =>
    asUser(panel, 'editor', 'call-in-step', async (page) => {
      await openIncident(page);
      const box = checklist(page).getByRole('checkbox', { name: STEP });
      await visible(box);
      expect(await box.isChecked()).toBe(false);
      await visible(checklist(page).getByText('0 af 4 trin gennemført'));
      const ticked = apiResponse(page, 'POST', new RegExp(`^/incidents/${incidentId}/steps$`));
      await box.click();
      expect((await ticked).status()).toBe(200);
      await visible(checklist(page).getByText(new RegExp(`^Gennemført af editor, ${WHEN.source}$`)));
      await visible(checklist(page).getByText('1 af 4 trin gennemført'));
      expect(await box.isChecked()).toBe(true);
      await visible(page.getByText(`Trin gennemført: ${STEP} (af editor)`));

      const stored = panel.server.readDb().incidents.find((i: { id: number }) => i.id === incidentId);
      expect(stored.activationChecklist).toEqual([
        { step: STEP, doneAt: expect.any(String), doneBy: 'editor' },
      ]);
    }),
  );

  it('invites everyone called when the meeting is planned', { timeout: 90_000 }, () =>
    asUserOn(panel, 'editor', `#/incidents/${incidentId}`, 'call-in-invitation', async (page) => {
      await page.getByLabel(/^Møde planlagt til/).fill('2026-11-24T09:00');
      const saved = apiResponse(page, 'PUT', new RegExp(`^/incidents/${incidentId}$`));
      await page.getByRole('button', { name: 'Gem' }).click();
      expect((await saved).status()).toBe(200);
      await page.waitForURL(new RegExp(`#/incidents/${incidentId}/show$`));
      await visible(page.getByText('24.11.2026, 09.00', { exact: true }));

      const invitations = (await receivedFor(incidentId, 2 * GROUP_2.length)).filter((m) =>
        m.mail.subject?.startsWith('Indkaldelse til beredskabsmøde'),
      );
      expect(addresses(invitations)).toEqual(emails(GROUP_2));
      await stored(2 * GROUP_2.length);
      await page.reload();
      const entry = personIn(page, GROUP_2[0]!.name);
      await visible(entry.getByText('Mødeindkaldelse', { exact: true }));
      // The ticked step is still there: the edit kept the checklist.
      expect(await checklist(page).getByRole('checkbox', { name: STEP }).isChecked()).toBe(true);
    }),
  );

  it('briefs the board from the checklist, and says why not without its address', { timeout: 60_000 }, () =>
    asUser(panel, 'editor', 'call-in-briefing', async (page) => {
      const programme = panel.server.readDb().programmes.find((p: { id: number }) => p.id === 2);
      expect(programme.boardEmail).toEqual(expect.any(String));
      await openIncident(page);
      const brief = checklist(page).getByRole('button', { name: 'Send orientering til bestyrelsen' });
      const queued = apiResponse(page, 'POST', new RegExp(`^/incidents/${incidentId}/board-briefing$`));
      await brief.click();
      expect((await queued).status()).toBe(201);
      await visible(page.getByText(`Orienteringen sendes til ${programme.boardEmail}`));
      const briefing = (await receivedFor(incidentId, 2 * GROUP_2.length + 1)).filter((m) =>
        m.to.includes(programme.boardEmail),
      );
      expect(briefing).toHaveLength(1);

      // Without the board's address the button waits for one, and says so.
      const admin = await panel.server.as('admin');
      const cleared = await admin.put('/api/programmes/2', { ...programme, boardEmail: null });
      expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
      await page.reload();
      await visible(checklist(page).getByText(/^Helhedsplanen har ingen mail til bestyrelsen/));
      expect(await brief.isDisabled()).toBe(true);
    }),
  );

  it(
    'lists the mails for an editor, and shows the board neither mails nor the card',
    { timeout: 60_000 },
    async () => {
      await asUser(panel, 'editor', 'call-in-mails', async (page) => {
        await page.getByRole('menuitem', { name: 'Mails' }).click();
        await page.waitForURL(/#\/notifications$/);
        for (const header of ['Oprettet', 'Art', 'Modtager', 'Hændelse', 'Status', 'Forsøg', 'Fejl', 'Svar'])
          await visible(page.getByRole('columnheader', { name: header }));
        await visible(page.getByText(`1-10 af ${panel.server.readDb().notifications.length}`));
      });
      await asUser(panel, 'board', 'call-in-board', async (page) => {
        const sent = recordApiRequests(page);
        await openIncident(page);
        const box = checklist(page).getByRole('checkbox', { name: STEP });
        await visible(box);
        expect(await box.isChecked()).toBe(true);
        expect(await box.isDisabled()).toBe(true);
        expect(await callIn(page).count()).toBe(0);
        expect(await page.getByRole('menuitem', { name: 'Mails' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Send orientering til bestyrelsen' }).count()).toBe(0);
        expect(
          sent.filter((r) => r.path.startsWith('/api/notifications') || r.path === '/api/mail/status'),
        ).toEqual([]);
      });
    },
  );
  it('sends a failed mail again with "Send igen"', { timeout: 90_000 }, async () => {
    const editor = await panel.server.as('editor');
    smtp.refusing = true;
    let id: number;
    try {
      const res = await editor.post('/api/incidents', {
        programmeId: 2,
        areaId: 8,
        occurredAt: '2026-11-23T11:00:00.000Z',
        category: 'arson',
        level: 'red',
        activatedBy: 'police',
        policeCase: false,
        exercise: false,
        escalationRisk: 'high',
        description: 'Brand i en container ved opgang 2.',
        status: 'open',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      id = (res.body as { id: number }).id;
      // The mail server refuses: every call-in fails its first attempt.
      await stored(GROUP_1.length, 'failed', id);
    } finally {
      smtp.refusing = false;
    }
    await asUserOn(panel, 'editor', `#/incidents/${id}/show`, 'call-in-retry', async (page) => {
      const person = GROUP_1[0]!;
      const entry = personIn(page, person.name);
      await visible(entry.getByText(/^Fejlet: .+, forsøg 1; nyt forsøg/));
      const retried = apiResponse(page, 'POST', /^\/notifications\/\d+\/retry$/);
      await entry.getByRole('button', { name: /^Send igen/ }).click();
      expect((await retried).status()).toBe(200);
      await visible(entry.getByText(new RegExp(`^Sendt ${WHEN.source}$`)), MAIL_TIMEOUT);
      expect(mailsOf(id).find((n) => n.to === person.email)?.status).toBe('sent');
    });
  });
  it('calls group 1 in for a green incident only with "Send alligevel"', { timeout: 90_000 }, () =>
    asUserOn(panel, 'editor', '#/incidents/create', 'call-in-anyway', async (page) => {
      await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));
      await pickAutocomplete(page, /^Helhedsplan/, 'Randers', 'Boligsocial helhedsplan Randers 2025-2029');
      await pickAutocomplete(page, /^Boligområde/, 'vangd', 'Vangdalen');
      await page.getByLabel(/^Tidspunkt/).fill('2026-11-23T12:15');
      await pickSelect(page, /^Kategori/, 'Chikane');
      await page.getByRole('radio', { name: 'Grønt' }).check();
      await pickSelect(page, /^Aktiveret af/, 'Sekretariatet');
      await page.getByLabel(/^Beskrivelse/).fill('Øvelse i at indkalde gruppen: råb i gården.');
      await page.getByRole('switch', { name: 'Send alligevel' }).check();
      const created = apiResponse(page, 'POST', /^\/incidents$/);
      await page.getByRole('button', { name: 'Gem' }).click();
      const response = await created;
      expect(response.status()).toBe(201);
      const body = (await response.json()) as { id: number; level: string };
      expect(body.level).toBe('green');
      // The flag is the write's, never the record's.
      expect(body).not.toHaveProperty('callInAnyway');
      expect(addresses(await receivedFor(body.id, GROUP_1.length))).toEqual(emails(GROUP_1));
      // Green: called in, but no checklist.
      await page.waitForURL(new RegExp(`#/incidents/${body.id}/show$`));
      await visible(callIn(page).getByText(`${GROUP_1.length} indkaldt`, { exact: false }));
      expect(await checklist(page).count()).toBe(0);
    }),
  );
});

describe('a server without mail', () => {
  let bare: Panel;
  beforeAll(async () => {
    bare = await startPanel();
  });
  afterAll(async () => {
    await bare?.close();
  });

  it('shows admins, and no one else, the banner of unsent mails', { timeout: 60_000 }, async () => {
    const banner = 'Mail er ikke sat op (SMTP_URL): indkaldelser gemmes, men sendes ikke.';
    await asUser(bare, 'admin', 'call-in-banner-admin', async (page) => {
      await visible(page.getByText(banner));
    });
    await asUser(bare, 'editor', 'call-in-banner-editor', async (page) => {
      const status = apiResponse(page, 'GET', /^\/incidents$/);
      await page.reload();
      await status;
      expect(await page.getByText(banner).count()).toBe(0);
    });
  });
});
