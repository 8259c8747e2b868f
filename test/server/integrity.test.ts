import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
let admin: Client;
beforeAll(async () => {
  server = await startServer();
  editor = await server.as('editor');
  admin = await server.as('admin');
});
afterAll(() => server.close());

describe('integrity', () => {
  it('refuses to delete an area with incidents: 409 naming them, nothing changed', async () => {
    const before = server.readDb();
    const res = await editor.delete('/api/areas/1');
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Kan ikke slette boligområdet, fordi 1 hændelse (id 1) henviser hertil');
    expect(server.readDb()).toEqual(before);
  });

  it('refuses to delete a participant who is someone’s deputy', async () => {
    const res = await editor.delete('/api/participants/1');
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('1 deltager (id 2)');
  });

  it('refuses to delete a programme, listing every kind that refers to it', async () => {
    // Programmes are the system administrator's to remove.
    const res = await admin.delete('/api/programmes/2');
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('1 boligområde (id 5)');
    expect(res.body.message).toContain('3 deltagere (id 1, 2, 3)');
    expect(res.body.message).toContain('1 hændelse (id 3)');
  });

  it('deletes a record nothing refers to, returns it, and cascades nothing', async () => {
    // Make a dangling-looking record json-server would sweep: an incident pointing at area 4 only.
    const before = server.readDb();
    const res = await editor.delete('/api/incidents/3');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 3, description: 'Øvelse i beredskabsgruppen' });
    const after = server.readDb();
    expect(after.incidents.map((i: { id: number }) => i.id)).toEqual([1, 2]);
    for (const name of ['programmes', 'areas', 'participants']) expect(after[name]).toEqual(before[name]);
    const deleteArea = await editor.delete('/api/areas/4');
    expect(deleteArea.status).toBe(200);
    expect(server.readDb().incidents).toHaveLength(2);
  });

  it('answers 404 when deleting a missing record', async () => {
    expect((await editor.delete('/api/incidents/999')).status).toBe(404);
  });

  it('answers 400 for a reference to a missing record', async () => {
    const res = await admin.post('/api/areas', { name: 'Ny', programmeId: 42, housingOrganisation: 'X' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ programmeId: 'Helhedsplanen findes ikke (id 42)' });
    const log = await editor.post('/api/incidentLogEntries', { incidentId: 42, happened: 'x' });
    expect(log.status).toBe(400);
    expect(log.body.errors.incidentId).toBe('Hændelsen findes ikke (id 42)');
  });

  it('answers 403 to a member naming a programme they are not in, existing or not', async () => {
    const res = await editor.post('/api/areas', { name: 'Ny', programmeId: 42, housingOrganisation: 'X' });
    expect(res.status).toBe(403);
    expect(res.body.errors).toEqual({ programmeId: 'Ikke en af dine helhedsplaner' });
  });

  it('answers 400 for an area of another programme and for a self-deputy', async () => {
    const incident = await editor.put('/api/incidents/1', { areaId: 5 });
    expect(incident.status).toBe(400);
    expect(incident.body.errors.areaId).toBe('Boligområdet hører til en anden helhedsplan');
    const self = await editor.put('/api/participants/2', { deputyOfId: 2 });
    expect(self.status).toBe(400);
    expect(self.body.errors.deputyOfId).toBe('En deltager kan ikke være sin egen suppleant');
  });
});
