import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPanel, type Panel } from '../support/browser';
import { apiResponse, visible } from './helpers';
import { DESKTOP, PHONE, asUserAt, axeFindings, show } from './pageAudit';

/** Going live: the system administrator removes the demo programmes; one made by hand stays. */
let panel: Panel;
let ownId: number;

beforeAll(async () => {
  panel = await startPanel();
  const admin = await panel.server.as('admin');
  const own = await admin.post('/api/programmes', {
    name: 'Boligsocial helhedsplan Holstebro 2026-2029',
    municipality: 'Holstebro',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
  });
  expect(own.status).toBe(201);
  ownId = own.body.id;
  expect(
    (
      await admin.post('/api/areas', {
        name: 'Trekanten',
        programmeId: ownId,
        housingOrganisation: 'Holstebro Boligselskab',
      })
    ).status,
  ).toBe(201);
}, 120_000);

afterAll(async () => {
  await panel?.close();
});

describe('removing the demo data', () => {
  it('is offered on the programmes page, accessibly, at a desk', () =>
    asUserAt(panel, 'admin', DESKTOP, 'go-live-desktop', async (page) => {
      await show(page, '#/programmes');
      await visible(page.getByRole('button', { name: 'Fjern demodata' }));
      expect(await axeFindings(page, 'programmes-demo-note')).toEqual([]);
    }));

  it('asks first, then removes the demo programmes and leaves the one made by hand, on a phone', () =>
    asUserAt(panel, 'admin', PHONE, 'go-live-phone', async (page) => {
      await show(page, '#/programmes');
      await page.getByRole('button', { name: 'Fjern demodata' }).tap();
      const dialog = page.getByRole('dialog', { name: 'Fjern demodata?' });
      await visible(dialog);
      expect(await axeFindings(page, 'remove-demo-confirm')).toEqual([]);
      const removed = apiResponse(page, 'POST', /^\/demo\/remove$/);
      await dialog.getByRole('button', { name: 'Fjern demodata' }).tap();
      expect((await removed).status()).toBe(200);
      await visible(page.getByText(/^Demodata er fjernet/));
      await visible(page.getByText('Boligsocial helhedsplan Holstebro 2026-2029'));

      const admin = await panel.server.as('admin');
      const programmes = (await admin.get('/api/programmes')).body as { id: number }[];
      expect(programmes.map((p) => p.id)).toEqual([ownId]);
      const areas = (await admin.get('/api/areas')).body as { programmeId: number; name: string }[];
      expect(areas).toEqual([expect.objectContaining({ programmeId: ownId, name: 'Trekanten' })]);
      expect((await admin.get('/api/incidents')).body).toEqual([]);
    }));
});
