import type { Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPanelContext, startPanel, type Panel } from '../support/browser';
import { PASSWORD } from '../support/server';
import { apiResponse, dataRows, gone, openAreaList, visible, withShot } from './helpers';
import { PHONE, axeFindings, openAs, overflow, show, widerThanScreen } from './pageAudit';

/**
 * Two programmes (the demo seed's Viborg, 1, and Randers, 2) and users who belong to the
 * first only: the panel shows them programme 1 alone, in lists, pickers and the dashboard,
 * and a programme administrator manages programme 1's users through the user form.
 */

const VIBORG = 'Helhedsplanen for Viborg 2017-2021';
const RANDERS = 'Boligsocial helhedsplan Randers 2025-2029';
/** Viborg's and Randers' housing areas in the seed. */
const VIBORG_AREAS = [
  'Egeparken',
  'Ellekonebakken',
  'Houlkærparken',
  'Houlkærvænget',
  'Rødkærparken',
  'Vestervang',
];
const RANDERS_AREAS = [
  'Gl. Jennumparken',
  'Vangdalen',
  'Området omkring Glarbjergvej, Hermann Stillingsvej og Energivej',
  'Sjællandsgadekvarteret',
  'Boligafdelingerne i Centrale Randers',
];
const RANDERS_PARTICIPANTS = ['Mads Kjærgaard', 'Henrik Vestergaard'];

let panel: Panel;
/** Ids from the seed, by programme. */
let seed: { incidents: { 1: number[]; 2: number[] }; participants: { 1: number; 2: number } };

/** Made by the system administrator through the API, as the user administration does. */
async function addUser(username: string, role: string, memberships: { programmeId: number; role: string }[]) {
  const admin = await panel.server.as('admin');
  const res = await admin.post('/api/users', {
    username,
    fullName: `Test ${username}`,
    role,
    memberships,
    password: PASSWORD,
  });
  if (res.status !== 201) throw new Error(`creating ${username} failed: ${JSON.stringify(res.body)}`);
}

beforeAll(async () => {
  panel = await startPanel();
  const db = panel.server.readDb();
  const byProgramme = (records: { id: number; programmeId: number }[]) => ({
    1: records.filter((r) => r.programmeId === 1).map((r) => r.id),
    2: records.filter((r) => r.programmeId === 2).map((r) => r.id),
  });
  seed = {
    incidents: byProgramme(db.incidents),
    participants: { 1: byProgramme(db.participants)[1].length, 2: byProgramme(db.participants)[2].length },
  };
  await addUser('redaktoer1', 'editor', [{ programmeId: 1, role: 'editor' }]);
  await addUser('programadmin1', 'programmeAdmin', [{ programmeId: 1, role: 'programmeAdmin' }]);
  await addUser('redaktoer2', 'editor', [{ programmeId: 2, role: 'editor' }]);
  // A user left in no programme (all taken away): the panel cannot make one, the operator's script can.
  await panel.server.member('udenfor', []);
  await addUser('begge', 'editor', [
    { programmeId: 1, role: 'editor' },
    { programmeId: 2, role: 'editor' },
  ]);
  await addUser('blandet', 'editor', [
    { programmeId: 1, role: 'board' },
    { programmeId: 2, role: 'editor' },
  ]);
});
afterAll(async () => {
  await panel?.close();
});

/** The bodies of every list the page fetches of these resources, to check what reached the browser. */
function recordLists(page: Page, resources: string[]) {
  const lists: { resource: string; records: { id?: number; programmeId?: number }[] }[] = [];
  page.on('response', async (res: Response) => {
    const url = new URL(res.url());
    const resource = /^\/api\/(\w+)$/.exec(url.pathname)?.[1];
    if (!resource || !resources.includes(resource) || res.request().method() !== 'GET' || !res.ok()) return;
    const body: unknown = await res.json().catch(() => undefined);
    if (Array.isArray(body)) lists.push({ resource, records: body });
  });
  return lists;
}

/** Logged in through the form, the page's list responses recorded from the first one. */
async function login(username: string, start = '#/incidents', password = PASSWORD) {
  const context = await newPanelContext(panel);
  const page = await context.newPage();
  const lists = recordLists(page, ['incidents', 'participants', 'areas', 'programmes', 'users']);
  await page.goto(`${panel.server.url}/${start}`);
  await page.getByLabel(/^Brugernavn/).fill(username);
  await page.getByLabel(/^Adgangskode/).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await visible(page.getByRole('menuitem', { name: 'Oversigt' }));
  return { page, lists };
}

async function as(
  username: string,
  name: string,
  body: (page: Page, lists: ReturnType<typeof recordLists>) => Promise<void>,
  start?: string,
) {
  const { page, lists } = await login(username, start);
  try {
    await withShot(page, name, () => body(page, lists));
  } finally {
    await page.context().close();
  }
}

/** The options of an open listbox, by their visible names. */
async function optionsOf(page: Page): Promise<string[]> {
  const listbox = page.getByRole('listbox');
  await visible(listbox.getByRole('option').first());
  return (await listbox.getByRole('option').allInnerTexts()).map((t) => t.trim());
}

async function closeListbox(page: Page) {
  await page.keyboard.press('Escape');
  await gone(page.getByRole('listbox'));
}

/** The list's pagination: the first page of `total` records. */
const pageOf = (total: number) => new RegExp(`^1-\\d+ af ${total}$`);

const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

describe('an editor of programme 1 only', () => {
  it('sees programme 1 alone in the lists: incidents, participants, areas', { timeout: 90_000 }, () =>
    as('redaktoer1', 'programme-access-lists', async (page, lists) => {
      // Incidents: programme 1's 18, none of Randers' areas.
      await visible(dataRows(page).first());
      await visible(page.getByText(pageOf(seed.incidents[1].length)));
      const table = page.getByRole('table');
      for (const area of RANDERS_AREAS) expect(await table.getByText(area).count()).toBe(0);

      await menuItem(page, 'Deltagere').click();
      await page.waitForURL(/#\/participants$/);
      await visible(page.getByText(pageOf(seed.participants[1])));
      for (const name of RANDERS_PARTICIPANTS) expect(await page.getByText(name).count()).toBe(0);

      await openAreaList(page);
      await expect.poll(() => dataRows(page).count()).toBe(VIBORG_AREAS.length);
      const areaNames = await dataRows(page).allInnerTexts();
      for (const area of VIBORG_AREAS) expect(areaNames.join('\n')).toContain(area);
      for (const area of RANDERS_AREAS) expect(areaNames.join('\n')).not.toContain(area);

      // Nothing of programme 2 reached the browser, whatever the page showed.
      const seen = lists.flatMap((l) => l.records.map((r) => ({ resource: l.resource, ...r })));
      expect(seen.filter((r) => r.resource !== 'programmes').length).toBeGreaterThan(0);
      expect(seen.filter((r) => r.programmeId === 2)).toEqual([]);
      expect(seen.filter((r) => r.resource === 'programmes' && r.id !== 1)).toEqual([]);
    }),
  );

  it('is offered programme 1 alone in the incident form, and its areas', { timeout: 60_000 }, () =>
    as('redaktoer1', 'programme-access-pickers', async (page, lists) => {
      // The list's programme filter offers programme 1 alone.
      const filter = page.getByRole('combobox', { name: /^Helhedsplan/ });
      await filter.click();
      expect(await optionsOf(page)).toEqual([VIBORG]);
      await closeListbox(page);
      await page.getByRole('link', { name: 'Opret' }).click();
      await visible(page.getByRole('heading', { name: 'Opret hændelse', exact: true }));
      // The form fills in a programme only when there is just one to choose from: here, programme 1.
      const programme = page.getByRole('combobox', { name: /^Helhedsplan/ });
      await expect.poll(() => programme.inputValue()).toBe(VIBORG);
      const area = page.getByRole('combobox', { name: /^Boligområde/ });
      await area.click();
      expect((await optionsOf(page)).sort()).toEqual([...VIBORG_AREAS].sort());
      await closeListbox(page);
      const programmes = lists.filter((l) => l.resource === 'programmes').flatMap((l) => l.records);
      expect(programmes.length).toBeGreaterThan(0);
      expect(programmes.filter((p) => p.id !== 1)).toEqual([]);
    }),
  );

  it('opens the dashboard on programme 1, even when a link names programme 2', { timeout: 60_000 }, () =>
    as(
      'redaktoer1',
      'programme-access-dashboard',
      async (page) => {
        const heading = page.getByRole('heading', { level: 1 });
        await visible(heading);
        expect(await heading.innerText()).toContain(VIBORG);
        await page.waitForURL(/programmeId=1/);
        const picker = page.getByRole('combobox', { name: /^Helhedsplan/ });
        await picker.click();
        expect(await optionsOf(page)).toEqual([VIBORG]);
        await closeListbox(page);
        expect(await page.getByText(RANDERS).count()).toBe(0);
      },
      '#/?programmeId=2&year=2026',
    ),
  );

  it('finds programme 2’s incident not there, and has no user administration', { timeout: 60_000 }, () =>
    as('redaktoer1', 'programme-access-not-found', async (page) => {
      const other = seed.incidents[2][0]!;
      const description = String(
        panel.server.readDb().incidents.find((i: { id: number }) => i.id === other).description,
      );
      // Each in a tab of its own: the panel remembers a record it did not find.
      for (const path of [`#/incidents/${other}`, `#/incidents/${other}/show`]) {
        const tab = await page.context().newPage();
        const answered = apiResponse(tab, 'GET', new RegExp(`^/incidents/${other}$`));
        await tab.goto(`${panel.server.url}/${path}`);
        expect((await answered).status()).toBe(404);
        await visible(tab.getByText('Elementet findes ikke'));
        await tab.waitForURL(/#\/incidents$/);
        expect(await tab.getByText(description.slice(0, 40)).count()).toBe(0);
        await tab.close();
      }
      await visible(menuItem(page, 'Hændelser'));
      for (const item of ['Brugere', 'Revisionslog', 'Sletning'])
        expect(await menuItem(page, item).count()).toBe(0);
      // Programmes are read, not edited, by an editor.
      await page.goto(`${panel.server.url}/#/programmes/1/show`);
      await visible(page.getByText(VIBORG).first());
      expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
    }),
  );
});

describe('a user in no programme', () => {
  it('is told so on the dashboard and in Årets tal, and offered nothing to list', { timeout: 60_000 }, () =>
    as(
      'udenfor',
      'programme-access-none',
      async (page, lists) => {
        const note = 'Du er ikke medlem af nogen helhedsplan endnu. Bed en administrator om adgang.';
        await visible(page.getByRole('status').filter({ hasText: note }));
        await page.goto(`${panel.server.url}/#/kpi-grid`);
        await visible(page.getByRole('status').filter({ hasText: note }));
        // Nothing to list: the menu holds the dashboard alone.
        await visible(menuItem(page, 'Oversigt'));
        for (const item of ['Hændelser', 'Deltagere', 'Boligområder', 'Helhedsplaner', 'Brugere'])
          expect(await menuItem(page, item).count()).toBe(0);
        expect(lists.flatMap((l) => l.records)).toEqual([]);
      },
      '#/',
    ),
  );
});

describe('a board member of programme 1 who edits programme 2', () => {
  it('gets Rediger on programme 2’s incidents only', { timeout: 60_000 }, () =>
    as('blandet', 'programme-access-mixed', async (page) => {
      const edit = page.getByRole('link', { name: 'Rediger' });
      await page.goto(`${panel.server.url}/#/incidents/${seed.incidents[2][0]}/show`);
      await visible(edit);
      await page.goto(`${panel.server.url}/#/incidents/${seed.incidents[1][0]}/show`);
      await page.waitForURL(new RegExp(`#/incidents/${seed.incidents[1][0]}/show$`));
      await visible(page.getByRole('button', { name: 'Historik' }).or(page.getByText('Beskrivelse')).first());
      await expect.poll(() => edit.count()).toBe(0);
    }),
  );
});

describe('a programme administrator of programme 1', () => {
  it(
    'manages programme 1’s users: adds an editor of programme 1 by keyboard, who then sees programme 1',
    { timeout: 120_000 },
    async () => {
      const username = `ny${Date.now().toString(36)}`;
      await as('programadmin1', 'programme-access-admin', async (page) => {
        for (const item of ['Brugere', 'Revisionslog', 'Sletning']) await visible(menuItem(page, item));
        // No new programmes, but the own programme's settings.
        await menuItem(page, 'Helhedsplaner').click();
        await page.waitForURL(/#\/programmes$/);
        await visible(dataRows(page).first());
        // Until the access check has answered, react-admin may draw the button for a moment.
        await expect.poll(() => page.getByRole('link', { name: 'Opret' }).count()).toBe(0);
        await page.goto(`${panel.server.url}/#/programmes/1/show`);
        await visible(page.getByRole('link', { name: 'Rediger' }));

        await menuItem(page, 'Brugere').click();
        await page.waitForURL(/#\/users$/);
        await visible(dataRows(page).filter({ hasText: 'redaktoer1' }));
        const users = (await dataRows(page).allInnerTexts()).join('\n');
        expect(users).toContain('programadmin1');
        expect(users).not.toContain('redaktoer2');
        expect(users).not.toMatch(/^admin\b/m);
        // The seed's editor is in both programmes: only programme 1's membership shows.
        const editorRow = dataRows(page).filter({
          has: page.getByRole('cell', { name: 'editor', exact: true }),
        });
        await visible(editorRow.getByText(`${VIBORG} · Redaktør`));
        expect(await editorRow.getByText(RANDERS).count()).toBe(0);

        await page.getByRole('link', { name: 'Opret' }).click();
        await visible(page.getByRole('heading', { name: 'Opret bruger', exact: true }));
        await page.getByLabel(/^Brugernavn/).fill(username);
        await page.keyboard.press('Tab');
        await page.keyboard.type('Nanna Nielsen');
        // No system administrator to make: the role is chosen per programme row.
        expect(await page.getByRole('checkbox', { name: /^Systemadministrator/ }).count()).toBe(0);
        expect(await page.getByRole('combobox', { name: /^Rolle(?! i)/ }).count()).toBe(0);
        // A membership row, all by keyboard: the new row's programme takes the focus.
        const add = page.getByRole('button', { name: 'Tilføj helhedsplan' });
        await add.focus();
        await page.keyboard.press('Enter');
        const programme = page.getByRole('combobox', { name: /^Helhedsplan/ });
        await expect.poll(() => programme.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        expect(await optionsOf(page)).toEqual([VIBORG]);
        await page.keyboard.press('Enter');
        await gone(page.getByRole('listbox'));
        await expect.poll(() => programme.innerText()).toContain(VIBORG);
        await expect
          .poll(() => page.getByRole('combobox', { name: /^Rolle i helhedsplanen/ }).innerText())
          .toContain('Redaktør');
        await page.getByLabel(/^Adgangskode/).fill(PASSWORD);
        const created = apiResponse(page, 'POST', /^\/users$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        const response = await created;
        expect(response.status()).toBe(201);
        expect(response.request().postDataJSON()).toMatchObject({
          username,
          role: 'editor',
          memberships: [{ programmeId: 1, role: 'editor' }],
        });
        await page.waitForURL(/#\/users\/\d+\/show$/);
        await visible(page.getByText(`${VIBORG} · Redaktør`));
      });
      const admin = await panel.server.as('admin');
      const stored = (await admin.get('/api/users')).body.find(
        (u: { username: string }) => u.username === username,
      );
      expect(stored).toMatchObject({ role: 'editor', memberships: [{ programmeId: 1, role: 'editor' }] });

      await as(
        username,
        'programme-access-new-user',
        async (page, lists) => {
          const heading = page.getByRole('heading', { level: 1 });
          await visible(heading);
          expect(await heading.innerText()).toContain(VIBORG);
          await menuItem(page, 'Hændelser').click();
          await visible(page.getByText(pageOf(seed.incidents[1].length)));
          const incidents = lists.filter((l) => l.resource === 'incidents').flatMap((l) => l.records);
          expect(incidents.length).toBeGreaterThan(0);
          expect(incidents.every((r) => r.programmeId === 1)).toBe(true);
        },
        '#/',
      );
    },
  );

  it(
    'changes a member’s role in programme 1 and leaves their programme 2 as it was',
    { timeout: 60_000 },
    async () => {
      const admin = await panel.server.as('admin');
      const { id } = (await admin.get('/api/users')).body.find(
        (u: { username: string }) => u.username === 'begge',
      );
      await as(
        'programadmin1',
        'programme-access-edit',
        async (page) => {
          // Only programme 1's membership is shown to programme 1's administrator.
          const role = page.getByRole('combobox', { name: /^Rolle i helhedsplanen/ });
          await visible(role);
          expect(await role.count()).toBe(1);
          expect(await page.getByRole('combobox', { name: /^Helhedsplan/ }).innerText()).toContain(VIBORG);
          await role.click();
          await page.getByRole('listbox').getByRole('option', { name: 'Bestyrelsesmedlem' }).click();
          await gone(page.getByRole('listbox'));
          const saved = apiResponse(page, 'PUT', new RegExp(`^/users/${id}$`));
          await page.getByRole('button', { name: 'Gem' }).click();
          const response = await saved;
          expect(response.status()).toBe(200);
          expect(response.request().postDataJSON().memberships).toEqual([{ programmeId: 1, role: 'board' }]);
          await page.waitForURL(new RegExp(`#/users/${id}/show$`));
          await visible(page.getByText(`${VIBORG} · Bestyrelsesmedlem`));
          expect(await page.getByText(RANDERS).count()).toBe(0);
        },
        `#/users/${id}`,
      );
      const after = await admin.get(`/api/users/${id}`);
      expect(after.body.memberships).toEqual([
        { programmeId: 1, role: 'board' },
        { programmeId: 2, role: 'editor' },
      ]);
      expect(after.body.role).toBe('editor');
    },
  );

  it(
    'fills the user form on a phone (390×844): within the width, 44 px targets, axe clean',
    {
      timeout: 90_000,
    },
    async () => {
      const page = await openAs(panel, panel.browser, 'programadmin1', PHONE);
      try {
        await withShot(page, 'programme-access-phone', async () => {
          await show(page, '#/users/create');
          const add = page.getByRole('button', { name: 'Tilføj helhedsplan' });
          await add.tap();
          const programme = page.getByRole('combobox', { name: /^Helhedsplan/ });
          await visible(programme);
          await programme.tap();
          await page.getByRole('listbox').getByRole('option', { name: VIBORG }).tap();
          await gone(page.getByRole('listbox'));
          const targets: Locator[] = [
            add,
            programme,
            page.getByRole('combobox', { name: /^Rolle i helhedsplanen/ }),
            page.getByRole('button', { name: 'Fjern' }),
          ];
          for (const target of targets) {
            await target.scrollIntoViewIfNeeded();
            const box = await target.boundingBox();
            expect(box, String(target)).not.toBeNull();
            expect(box!.height, String(target)).toBeGreaterThanOrEqual(44);
            expect(box!.width, String(target)).toBeGreaterThanOrEqual(44);
            expect(box!.x).toBeGreaterThanOrEqual(0);
            expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
          }
          expect(Math.max(await widerThanScreen(page), await overflow(page))).toBe(0);
          expect(await axeFindings(page, 'users-create-phone')).toEqual([]);
        });
      } finally {
        await page.context().close();
      }
    },
  );
});
