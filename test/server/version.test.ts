import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let first: Client;
let second: Client;
beforeAll(async () => {
  server = await startServer();
  first = await server.as('editor');
  second = await server.as('admin');
});
afterAll(() => server.close());

describe('lost updates', () => {
  it('gives every record a version that each write increments', async () => {
    const area = await first.get('/api/areas/1');
    expect(area.body.version).toBe(1);
    const created = await first.post('/api/areas', { name: 'Ny', programmeId: 1, housingOrganisation: 'X' });
    expect(created.body.version).toBe(1);
    const updated = await first.put(`/api/areas/${created.body.id}`, { ...created.body, households: 3 });
    expect(updated.body.version).toBe(2);
    expect(server.readDb().areas.find((a: { id: number }) => a.id === created.body.id).version).toBe(2);
  });

  it('refuses (409) an update from a stale version, sends the current record, and stores nothing', async () => {
    const opened = (await first.get('/api/incidents/1')).body;
    const sameTime = (await second.get('/api/incidents/1')).body;
    const won = await second.put('/api/incidents/1', { ...sameTime, description: 'Rettet af admin' });
    expect(won.status).toBe(200);

    const lost = await first.put('/api/incidents/1', { ...opened, description: 'Rettet af redaktør' });
    expect(lost.status).toBe(409);
    expect(lost.body.message).toBe('Posten er ændret af en anden, siden du åbnede den');
    expect(lost.body.current).toMatchObject({
      id: 1,
      description: 'Rettet af admin',
      version: won.body.version,
    });
    expect(server.readDb().incidents[0].description).toBe('Rettet af admin');

    const retried = await first.put('/api/incidents/1', {
      ...opened,
      description: 'Rettet af redaktør',
      version: lost.body.current.version,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.description).toBe('Rettet af redaktør');
  });

  it('does not leak confidential fields through the conflict answer to a board member', async () => {
    const board = await server.as('board');
    const res = await board.put('/api/incidents/1', { version: 1 });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('Hemmelig');
  });

  it('accepts an update without a version (a client that does not track them)', async () => {
    const res = await first.put('/api/areas/2', { households: 99 });
    expect(res.status).toBe(200);
    expect(res.body.households).toBe(99);
  });

  it('ignores a version sent on create', async () => {
    const res = await first.post('/api/areas', {
      name: 'Z',
      programmeId: 1,
      housingOrganisation: 'X',
      version: 40,
    });
    expect(res.body.version).toBe(1);
  });
});
