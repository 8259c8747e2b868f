import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, asUserOn, gone, recordApiRequests, visible } from './helpers';
import { focusedCell, gridCell, importCsv, storedFigures, withReason } from './kpiGridPages';

let panel: Panel;
beforeAll(async () => {
  panel = await startPanel();
});
afterAll(async () => {
  await panel?.close();
});

const cell = gridCell;
const focused = focusedCell;
const gridFigures = (year: number) => storedFigures(panel, year);

describe('the year’s figures as one grid', () => {
  it(
    'lets an admin type 2021 with decimal commas, refuses an invalid figure in the browser, saves once, and the dashboard follows',
    { timeout: 90_000 },
    async () => {
      await asUserOn(panel, 'admin', '#/kpi-grid?programmeId=1&year=2021', 'grid-2021', async (page) => {
        const requests = recordApiRequests(page);
        const complaints = (area: string) => cell(page, 'Beboerklagesager', area);
        await visible(complaints('Egeparken'));
        await complaints('Egeparken').click();
        await page.keyboard.type('1');
        // Enter moves down, as in a spreadsheet.
        await page.keyboard.press('Enter');
        expect(await focused(page)).toBe('Beboerklagesager, Ellekonebakken');
        await page.keyboard.type('24');
        await page.keyboard.press('Enter');
        await page.keyboard.type('2,5');
        await visible(page.getByText('Skal være et helt tal'));
        await visible(page.getByText('Ret det markerede felt, før du gemmer'));
        expect(await page.getByRole('button', { name: 'Gem' }).isDisabled()).toBe(true);
        await complaints('Houlkærparken').fill('9');
        await gone(page.getByText('Skal være et helt tal'));
        // At the end of the text, the right arrow goes on to the next indicator.
        await page.keyboard.press('ArrowRight');
        expect(await focused(page)).toBe('Fraflytningsprocent, Houlkærparken');
        await cell(page, 'Fraflytningsprocent', 'Egeparken').fill('24,6');
        await cell(page, 'Voksne der føler sig trygge', 'Hele helhedsplanen').fill('52,5');
        await visible(page.getByText('5 ændrede tal'));

        const saved = apiResponse(page, 'PUT', /^\/kpi\/grid$/);
        await page.getByRole('button', { name: 'Gem' }).click();
        const response = await saved;
        expect(response.status()).toBe(200);
        expect(JSON.parse(response.request().postData() ?? '{}').cells).toHaveLength(5);
        await visible(page.getByText('Gemt: 5 tal'));
        expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
        expect(await cell(page, 'Fraflytningsprocent', 'Egeparken').inputValue()).toBe('24,6');
      });
      expect(gridFigures(2021)).toEqual(
        expect.arrayContaining([
          { indicatorId: 1, areaId: 1, value: 1 },
          { indicatorId: 1, areaId: 2, value: 24 },
          { indicatorId: 1, areaId: 3, value: 9 },
          { indicatorId: 2, areaId: 1, value: 24.6 },
          { indicatorId: 3, areaId: null, value: 52.5 },
        ]),
      );

      // 2021's targets: complaints 70 % of 2015, turnover 2015 − 2 points, safety above 46 %.
      await asUserOn(panel, 'board', '#/?programmeId=1&year=2021', 'grid-2021-dashboard', async (page) => {
        const turnover = page.getByRole('table', { name: 'Status for Fraflytningsprocent i 2021' });
        const egeparken = turnover.getByRole('row', { name: /Egeparken/ });
        await visible(egeparken.getByText(/^24,6\s%$/));
        await visible(egeparken.getByText('Opfyldt', { exact: true }));
        const complaints = page.getByRole('table', { name: 'Status for Beboerklagesager i 2021' });
        await visible(complaints.getByRole('row', { name: /Ellekonebakken/ }).getByText('Ikke opfyldt'));
        await visible(
          complaints.getByRole('row', { name: /Houlkærparken/ }).getByText('Opfyldt', { exact: true }),
        );
        const safety = page.getByRole('table', { name: 'Status for Voksne der føler sig trygge i 2021' });
        await visible(safety.getByText(/^52,5\s%$/));
        await visible(
          page.getByRole('region', { name: 'Opfyldt', exact: true }).getByText('3', { exact: true }),
        );
        await visible(
          page.getByRole('region', { name: 'Ikke opfyldt', exact: true }).getByText('2', { exact: true }),
        );
      });
    },
  );

  it(
    'shows the locked year 2018 without inputs, to an editor and an admin alike',
    { timeout: 60_000 },
    async () => {
      const before = gridFigures(2018);
      for (const role of ['editor', 'admin'])
        await asUserOn(
          panel,
          role,
          '#/kpi-grid?programmeId=1&year=2018',
          `grid-locked-${role}`,
          async (page) => {
            await visible(page.getByText('År 2018 er låst efter statusmødet'));
            await visible(page.getByText(/Tallene er godkendt på det årlige statusmøde/));
            await visible(page.getByRole('rowheader', { name: 'Egeparken' }));
            expect(await page.getByRole('textbox').count()).toBe(0);
            expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
            expect(await page.getByRole('button', { name: 'Importér fra fil' }).count()).toBe(0);
            expect(await page.getByRole('button', { name: 'Lås året op' }).count()).toBe(
              role === 'admin' ? 1 : 0,
            );
            // Nor does the server take a figure for it.
            const res = await page.request.put(`${panel.server.url}/api/kpi/grid?programmeId=1&year=2018`, {
              data: { cells: [{ indicatorId: 1, areaId: 1, value: 5 }] },
            });
            expect(res.status()).toBe(409);
          },
        );
      expect(gridFigures(2018)).toEqual(before);
    },
  );

  it('lets the board read the grid, without inputs and without a menu entry', { timeout: 60_000 }, () =>
    asUserOn(panel, 'board', '#/kpi-grid?programmeId=1&year=2019', 'grid-board', async (page) => {
      await visible(page.getByText('Du kan se tallene, men ikke ændre dem.'));
      const egeparken = page.getByRole('row', { name: /^Egeparken/ });
      await visible(egeparken.getByText('25,1', { exact: true }));
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Importér fra fil' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: 'Årets tal' }).count()).toBe(0);
    }),
  );

  it('lets an admin lock and unlock a year, each with a reason', { timeout: 60_000 }, () =>
    asUserOn(panel, 'admin', '#/kpi-grid?programmeId=1&year=2017', 'grid-lock', async (page) => {
      await visible(cell(page, 'Beboerklagesager', 'Egeparken'));
      await withReason(page, 'Lås året', 'Lås 2017', 'Godkendt på statusmødet 2018');
      await visible(page.getByText('År 2017 er låst efter statusmødet'));
      await visible(page.getByText('Begrundelse: Godkendt på statusmødet 2018'));
      expect(await page.getByRole('textbox').count()).toBe(0);

      await withReason(page, 'Lås året op', 'Lås 2017 op', 'Et tal var tastet forkert');
      await visible(cell(page, 'Beboerklagesager', 'Egeparken'));
      const locks = (panel.server.readDb().yearLocks as Record<string, unknown>[]).filter(
        (l) => l.year === 2017,
      );
      expect(locks).toEqual([
        expect.objectContaining({
          reason: 'Godkendt på statusmødet 2018',
          active: false,
          unlockReason: 'Et tal var tastet forkert',
        }),
      ]);
    }),
  );

  it(
    'previews a CSV from a housing company, marks the bad cell, and copies the good ones into the grid',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'editor', '#/kpi-grid?programmeId=1&year=2022', 'grid-import', async (page) => {
        const requests = recordApiRequests(page);
        await visible(cell(page, 'Beboerklagesager', 'Egeparken'));
        const dialog = await importCsv(page, 'egebo-2022.csv', [
          'Boligområde;Beboerklagesager;Fraflytningsprocent;Voksne der føler sig trygge',
          'Egeparken;3;24,9;',
          'Ellekonebakken;2,5;20,1;',
          'Hele helhedsplanen;;;55,5',
        ]);
        await visible(dialog.getByText('4 tal kan overføres · 1 med fejl'));
        const bad = dialog.locator('td.import-error');
        expect(await bad.count()).toBe(1);
        expect(await bad.textContent()).toBe('2,5Skal være et helt tal');
        await visible(dialog.getByRole('row', { name: /Ellekonebakken/ }).getByText('20,1'));
        await dialog.getByRole('button', { name: 'Overfør til gitteret' }).click();
        await gone(dialog);

        expect(await cell(page, 'Beboerklagesager', 'Egeparken').inputValue()).toBe('3');
        expect(await cell(page, 'Fraflytningsprocent', 'Egeparken').inputValue()).toBe('24,9');
        expect(await cell(page, 'Fraflytningsprocent', 'Ellekonebakken').inputValue()).toBe('20,1');
        expect(await cell(page, 'Voksne der føler sig trygge', 'Hele helhedsplanen').inputValue()).toBe(
          '55,5',
        );
        expect(await cell(page, 'Beboerklagesager', 'Ellekonebakken').inputValue()).toBe('');
        await visible(page.getByText('4 ændrede tal'));
        // Nothing is saved before the user presses Gem.
        expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
        expect(gridFigures(2022)).toEqual([]);
      }),
  );

  it(
    'downloads "Hent skabelon", and the template filled in as in Excel imports into the grid',
    { timeout: 60_000 },
    () =>
      asUserOn(panel, 'editor', '#/kpi-grid?programmeId=1&year=2023', 'grid-template', async (page) => {
        await visible(cell(page, 'Beboerklagesager', 'Egeparken'));
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Hent skabelon' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^kpi-skabelon-.+-2023\.xlsx$/);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(await file.path());
        const sheet = book.worksheets[0]!;
        const header = (sheet.getRow(1).values as unknown[]).slice(1);
        expect(header[0]).toBe('Boligområde');
        // The indicators by the names the grid shows, not by their codes.
        expect(header).toEqual(expect.arrayContaining(['Beboerklagesager', 'Fraflytningsprocent']));
        const places = sheet.getColumn(1).values.slice(2);
        expect(places).toContain('Egeparken');
        // Typed as in Excel: 18 in a percent-formatted cell is stored as 0.18.
        const egeparken = places.indexOf('Egeparken') + 2;
        const turnover = sheet.getRow(egeparken).getCell(header.indexOf('Fraflytningsprocent') + 1);
        expect(turnover.numFmt).toBe('0.0%');
        turnover.value = 0.18;
        sheet.getRow(egeparken).getCell(header.indexOf('Beboerklagesager') + 1).value = 6;

        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Importér fra fil' }).click();
        const previewed = apiResponse(page, 'POST', /^\/kpi\/import$/);
        await (
          await chooser
        ).setFiles({
          name: file.suggestedFilename(),
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(await book.xlsx.writeBuffer()),
        });
        expect((await previewed).status()).toBe(200);
        const dialog = page.getByRole('dialog', { name: `Forhåndsvisning af ${file.suggestedFilename()}` });
        await visible(dialog.getByText('2 tal kan overføres · 0 med fejl'));
        await dialog.getByRole('button', { name: 'Overfør til gitteret' }).click();
        await gone(dialog);
        expect(await cell(page, 'Fraflytningsprocent', 'Egeparken').inputValue()).toBe('18');
        expect(await cell(page, 'Beboerklagesager', 'Egeparken').inputValue()).toBe('6');
      }),
  );

  it(
    'does not overwrite a figure someone else saved meanwhile: the cell says what it is now, and a second save overwrites',
    { timeout: 90_000 },
    async () => {
      await asUserOn(
        panel,
        'editor',
        '#/kpi-grid?programmeId=1&year=2019',
        'grid-stale-2019',
        async (page) => {
          const egeparken = cell(page, 'Beboerklagesager', 'Egeparken');
          await visible(egeparken);
          const before = await egeparken.inputValue();
          // Another editor saves the same figure through the API while this page is open.
          const other = await panel.server.as('editor');
          const grid = (await other.get('/api/kpi/grid?programmeId=1&year=2019')).body;
          const stored = grid.cells.find(
            (c: { indicatorId: number; areaId: number }) => c.indicatorId === 1 && c.areaId === 1,
          );
          const theirs = await other.put('/api/kpi/grid?programmeId=1&year=2019', {
            cells: [{ indicatorId: 1, areaId: 1, value: 77, version: stored?.version ?? null }],
          });
          expect(theirs.status).toBe(200);

          await egeparken.fill('12');
          let saved = apiResponse(page, 'PUT', /^\/kpi\/grid$/);
          await page.getByRole('button', { name: 'Gem' }).click();
          expect((await saved).status()).toBe(409);
          await visible(page.getByText('Ændret af en anden imens, til 77. Gem igen for at overskrive.'));
          expect(await egeparken.inputValue()).toBe('12');
          expect(storedFigures(panel, 2019)).toContainEqual({ indicatorId: 1, areaId: 1, value: 77 });
          expect(before).not.toBe('77');

          saved = apiResponse(page, 'PUT', /^\/kpi\/grid$/);
          await page.getByRole('button', { name: 'Gem' }).click();
          expect((await saved).status()).toBe(200);
          await visible(page.getByText('Gemt: 1 tal'));
          expect(storedFigures(panel, 2019)).toContainEqual({ indicatorId: 1, areaId: 1, value: 12 });
        },
      );
    },
  );
});
