import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { gone, visible } from './helpers';
import { axeFindings, DESKTOP, newPageAt, PHONE } from './pageAudit';

/**
 * The incident form a phone opens from a link at the scene (src/admin/boot/QuickIncident): drawn
 * before react-admin and MUI have loaded, registering through the same API, then handing over to
 * the panel on the incident's page.
 */
let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

interface Named {
  id: number;
  name: string;
  programmeId?: number;
}

/** A page at `viewport`, signed in as `username` by the API (the way a saved session is), not yet opened. */
async function signedIn(username: string, viewport = PHONE): Promise<Page> {
  const page = await newPageAt(panel.browser, viewport);
  await page.context().clock.install({ time: panel.server.clock() });
  const res = await page.context().request.post(`${panel.server.url}/api/auth/login`, {
    data: { username, password: PASSWORD },
  });
  expect(res.status()).toBe(200);
  return page;
}

/** Holds the panel's own code (react-admin, MUI) until released: what is shown before it is the boot's. */
function holdPanelCode(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let release: (() => void) | undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  return page
    .route(/\/assets\/(vendor|App|charts)-[^/]+\.js$/, async (route) => {
      held.push(route);
      await released;
      await route.continue();
    })
    .then(() => () => release!());
}

const heading = (page: Page) => page.getByRole('heading', { name: 'Registrér hændelse' });

async function editorsChoices() {
  const editor = await panel.server.as('editor');
  const programmes = (await editor.get('/api/programmes')).body as Named[];
  const areas = (await editor.get('/api/areas')).body as Named[];
  const programme = programmes[0]!;
  const area = areas.find((a) => a.programmeId === programme.id)!;
  return { programmes, programme, area };
}

describe('the quick incident form on a phone', () => {
  it(
    'is drawn before the panel’s code, refuses an empty form in Danish, and registers the incident',
    { timeout: 90_000 },
    async () => {
      const { programmes, programme, area } = await editorsChoices();
      const page = await signedIn('editor');
      const release = await holdPanelCode(page);
      const posts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/incidents') posts.push(r.url());
      });
      await page.goto(`${panel.server.url}/#/incidents/create`);
      await visible(heading(page));
      expect(await axeFindings(page, 'quick-incident')).toEqual([]);

      // Nothing filled in: each required field says so, and nothing is sent.
      await page.getByRole('button', { name: 'Registrér hændelsen' }).tap();
      await visible(page.getByRole('alert').filter({ hasText: 'Udfyld de markerede felter.' }));
      await expect
        .poll(() => page.getByText('Obligatorisk', { exact: true }).count())
        .toBeGreaterThanOrEqual(5);
      expect(posts).toEqual([]);
      expect(await axeFindings(page, 'quick-incident-refused')).toEqual([]);

      // Typed by touch and keyboard: the level by its big button, the rest by their fields.
      await page.getByRole('radio', { name: 'Rødt' }).tap();
      if (programmes.length > 1)
        await page.getByLabel(/^Helhedsplan/).selectOption({ label: programme.name });
      await page.getByLabel(/^Boligområde/).selectOption({ label: area.name });
      await visible(
        page.getByRole('status').filter({ hasText: /^Frist for beredskabsmøde: \d{2}\.\d{2}\.\d{4}/ }),
      );
      await page.getByLabel(/^Kategori/).selectOption({ label: 'Hærværk' });
      await page.getByLabel(/^Aktiveret af/).selectOption({ label: 'Politiet' });
      await page.getByLabel('Politisag').check();
      await page.getByLabel(/^Beskrivelse/).fill('Brand i container ved blok 4');
      await page.getByLabel(/^Fortrolige noter/).fill('Anmeldt af beboer i nr. 12');

      // Registered before the panel's code has come: the form waits for it, locked, then hands over.
      const created = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/incidents',
      );
      await page.getByRole('button', { name: 'Registrér hændelsen' }).tap();
      const res = await created;
      expect(res.status()).toBe(201);
      const { id } = (await res.json()) as { id: number };
      expect(await page.getByRole('button', { name: 'Gemmer …' }).isDisabled()).toBe(true);
      release();
      await page.waitForURL(new RegExp(`#/incidents/${id}/show$`));
      await visible(page.getByText('Brand i container ved blok 4').first());
      await gone(heading(page));

      const incident = (await (await panel.server.as('editor')).get(`/api/incidents/${id}`)).body;
      expect(incident).toMatchObject({
        programmeId: programme.id,
        areaId: area.id,
        level: 'red',
        category: 'vandalism',
        activatedBy: 'police',
        policeCase: true,
        exercise: false,
        status: 'open',
        description: 'Brand i container ved blok 4',
        confidentialNotes: 'Anmeldt af beboer i nr. 12',
      });
      expect(posts).toHaveLength(1);
      await page.context().close();
    },
  );

  it(
    'keeps what was typed when the server cannot be reached, and says the server’s reason when it refuses',
    { timeout: 90_000 },
    async () => {
      const { programmes, programme, area } = await editorsChoices();
      const page = await signedIn('editor');
      await page.goto(`${panel.server.url}/#/incidents/create`);
      await visible(heading(page));
      await page.getByRole('radio', { name: 'Gult' }).check();
      if (programmes.length > 1)
        await page.getByLabel(/^Helhedsplan/).selectOption({ label: programme.name });
      await page.getByLabel(/^Boligområde/).selectOption({ label: area.name });
      await page.getByLabel(/^Kategori/).selectOption({ label: 'Hærværk' });
      await page.getByLabel(/^Aktiveret af/).selectOption({ label: 'Kommunen' });
      await page.getByLabel(/^Beskrivelse/).fill('x'.repeat(5001));

      await page.route('**/api/incidents', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
      await visible(page.getByRole('alert').filter({ hasText: /ingen forbindelse til serveren/ }));
      expect(await page.getByLabel(/^Beskrivelse/).inputValue()).toBe('x'.repeat(5001));
      await page.unroute('**/api/incidents');

      // Too long for the server: its Danish words, under the field they belong to.
      const refused = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/incidents');
      await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
      expect((await refused).status()).toBe(400);
      await visible(page.getByRole('alert').filter({ hasText: /^Hændelsen er ikke gemt: / }));
      expect(await page.getByLabel(/^Beskrivelse/).getAttribute('aria-invalid')).toBe('true');
      expect(await axeFindings(page, 'quick-incident-server-refused')).toEqual([]);

      await page.getByLabel(/^Beskrivelse/).fill('Knallertkørsel på stierne');
      const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/incidents');
      await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
      expect((await created).status()).toBe(201);
      await page.waitForURL(/#\/incidents\/\d+\/show$/);
      await page.context().close();
    },
  );

  it('hands what was typed to the whole form, on request', { timeout: 90_000 }, async () => {
    const page = await signedIn('editor');
    await page.goto(`${panel.server.url}/#/incidents/create`);
    await visible(heading(page));
    await page.getByRole('radio', { name: 'Rødt' }).check();
    await page.getByLabel(/^Beskrivelse/).fill('Uro ved indkøbscentret');
    await page.getByRole('button', { name: 'Hele formularen' }).click();
    // react-admin's form, with the fields the quick form leaves out, holding what was typed.
    await visible(page.getByLabel(/^Risiko for eskalering/));
    expect(await page.getByLabel(/^Beskrivelse/).inputValue()).toBe('Uro ved indkøbscentret');
    expect(await page.getByRole('radio', { name: /Rødt/ }).getAttribute('aria-checked')).toBe('true');
    // Taken once: the whole form opened again (wide, so not through the quick one) starts afresh.
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await visible(page.getByLabel(/^Risiko for eskalering/));
    expect(await page.getByLabel(/^Beskrivelse/).inputValue()).toBe('');
    await page.context().close();
  });

  it('is not what a desktop or a board member gets', { timeout: 90_000 }, async () => {
    const desk = await signedIn('editor', DESKTOP);
    await desk.goto(`${panel.server.url}/#/incidents/create`);
    await visible(desk.getByLabel(/^Risiko for eskalering/));
    expect(await heading(desk).count()).toBe(0);
    await desk.context().close();

    // The board registers no incidents: the panel itself answers the link.
    const board = await signedIn('board');
    await board.goto(`${panel.server.url}/#/incidents/create`);
    await visible(board.getByRole('button', { name: /profil/i }), 30_000);
    expect(await heading(board).count()).toBe(0);
    await board.context().close();
  });
});
