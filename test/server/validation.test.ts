import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
let admin: Client;
beforeAll(async () => {
  server = await startServer();
  editor = await server.as('editor');
  // Programmes are the system administrator's to create.
  admin = await server.as('admin');
});
afterAll(() => server.close());

const validIncident = {
  programmeId: 1,
  areaId: 1,
  occurredAt: '2025-04-07T10:00:00+02:00',
  level: 'yellow',
  category: 'fights',
  policeCase: false,
  activatedBy: 'secretariat',
  description: 'Slåskamp mellem to grupper ved indkørslen',
};

describe('validation of writes', () => {
  it.each([
    ['an unknown level', { level: 'purple' }, 'level'],
    ['a missing area', { areaId: undefined }, 'areaId'],
    ['an area id of the wrong type', { areaId: '1' }, 'areaId'],
    ['a boolean as text', { policeCase: 'ja' }, 'policeCase'],
    ['an empty description', { description: '   ' }, 'description'],
    ['a time without zone', { occurredAt: '2025-04-07 10:00' }, 'occurredAt'],
    ['an unknown category', { category: 'weather' }, 'category'],
    ['a negative count', { involvedCount: -2 }, 'involvedCount'],
    ['a meeting before the incident', { meetingHeldAt: '2025-04-01T10:00:00Z' }, 'meetingHeldAt'],
  ])('answers 400 with a Danish field error for %s, storing nothing', async (_name, change, field) => {
    const before = server.readDb();
    const res = await editor.post('/api/incidents', { ...validIncident, ...change });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Ret de markerede felter');
    expect(Object.keys(res.body.errors)).toContain(field);
    expect(res.body.errors[field]).toMatch(/^(Skal|Ugyldig|Kan ikke)/);
    expect(server.readDb()).toEqual(before);
  });

  it('answers 400 for malformed JSON and a non-object body', async () => {
    for (const body of ['{"level": "red",', '[1,2,3]', '"text"', 'null']) {
      const res = await editor.request('POST', '/api/incidents', body);
      expect(res.status, body).toBe(400);
      expect(res.body.message).toMatch(/JSON/);
    }
  });

  it('answers 415 for a write that is not JSON', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await editor.request('POST', '/api/incidents', 'level=red', { 'content-type': type });
      expect(res.status, type).toBe(415);
    }
    expect(server.readDb().incidents).toHaveLength(3);
  });

  it('gives the programme error on the end date when the period is reversed', async () => {
    const res = await admin.post('/api/programmes', {
      name: 'Baglæns',
      municipality: 'Viborg',
      periodStart: '2021-01-01',
      periodEnd: '2020-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ periodEnd: 'Slutdatoen skal ligge efter startdatoen' });
  });

  it('reports nested field errors with dotted paths', async () => {
    const res = await admin.post('/api/programmes', {
      name: 'X',
      municipality: 'Y',
      periodStart: '2020-01-01',
      periodEnd: '2021-01-01',
      funding: { lbf: -5 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors['funding.lbf']).toBe('Skal være mindst 0');
  });

  it('ignores a client id and server-computed fields on create', async () => {
    const res = await editor.post('/api/incidents', {
      ...validIncident,
      id: 1,
      responseDeadline: '2000-01-01T00:00:00Z',
      overdue: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(1);
    expect(res.body.responseDeadline).not.toBe('2000-01-01T00:00:00Z');
    expect(server.readDb().incidents.find((i: { id: number }) => i.id === res.body.id)).not.toHaveProperty(
      'overdue',
    );
  });

  it('merges a partial PUT over the stored record instead of wiping fields', async () => {
    const res = await editor.put('/api/areas/2', { households: 125 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 2, name: 'Østervang', households: 125, programmeId: 1 });
    const patch = await editor.request('PATCH', '/api/areas/2', { residents: 270 });
    expect(patch.body).toMatchObject({ name: 'Østervang', households: 125, residents: 270 });
  });

  it('stores optional empty text as null and trims text', async () => {
    const res = await editor.put('/api/areas/2', { departmentNumber: '', name: '  Østervang  ' });
    expect(res.body.departmentNumber).toBeNull();
    expect(res.body.name).toBe('Østervang');
  });

  it('answers 404 for an update of a missing record', async () => {
    expect((await editor.put('/api/areas/999', { name: 'X' })).status).toBe(404);
  });

  it('refuses text no database can store (half a surrogate pair, a NUL character), and keeps emoji', async () => {
    const area = { programmeId: 1, housingOrganisation: 'X' };
    for (const name of ['Blok \ud800 7', 'Blok\u00007'])
      expect(await editor.post('/api/areas', { ...area, name })).toMatchObject({
        status: 400,
        body: { message: 'Teksten indeholder tegn, der ikke kan gemmes', errors: { name: 'Ugyldige tegn' } },
      });
    const emoji = await editor.post('/api/areas', { ...area, name: 'Blok 7 🏠' });
    expect(emoji.status).toBe(201);
    expect((await editor.get(`/api/areas/${emoji.body.id}`)).body.name).toBe('Blok 7 🏠');
  });
});
