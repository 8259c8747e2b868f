import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let board: Client;
let editor: Client;

beforeAll(async () => {
  server = await startServer();
  board = await server.as('board');
  editor = await server.as('editor');
});
afterAll(() => server.close());

const SECRET = 'Hemmeligsagsnummer';

describe('roles on the server', () => {
  it('lets a board member read every resource', async () => {
    for (const resource of ['programmes', 'areas', 'participants', 'incidents']) {
      const res = await board.get(`/api/${resource}`);
      expect(res.status, resource).toBe(200);
      expect(res.body.length, resource).toBeGreaterThan(0);
    }
  });

  it('answers 403 to every write by a board member and changes nothing', async () => {
    const before = server.readDb();
    const writes = [
      board.post('/api/areas', { name: 'Ny', programmeId: 1, housingOrganisation: 'X' }),
      board.put('/api/areas/1', { name: 'Omdøbt' }),
      board.request('PATCH', '/api/areas/1', { name: 'Omdøbt' }),
      board.delete('/api/incidents/3'),
    ];
    for (const res of await Promise.all(writes)) expect(res.status).toBe(403);
    expect(server.readDb()).toEqual(before);
  });

  it('never sends confidential notes to a board member, in a list or one record', async () => {
    const list = await board.get('/api/incidents');
    const one = await board.get('/api/incidents/1');
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    expect(one.body).not.toHaveProperty('confidentialNotes');
    for (const incident of list.body) expect(incident).not.toHaveProperty('confidentialNotes');
  });

  it('does not let a board member find a record through its confidential text', async () => {
    const search = await board.get('/api/incidents' + listQuery({ filter: { q: 'hemmeligsagsnummer' } }));
    expect(search.status).toBe(200);
    expect(search.body).toEqual([]);
    expect(search.headers.get('content-range')).toBe('incidents 0-0/0');
    const filter = await board.get('/api/incidents' + listQuery({ filter: { confidentialNotes: 'x' } }));
    expect(filter.status).toBe(400);
    const range = await board.get('/api/incidents' + listQuery({ filter: { confidentialNotes_gte: 'H' } }));
    expect(range.status).toBe(400);
    const sort = await board.get('/api/incidents' + listQuery({ sort: ['confidentialNotes', 'ASC'] }));
    expect(sort.status).toBe(400);
  });

  it('gives editors the confidential notes and lets them search them', async () => {
    const one = await editor.get('/api/incidents/1');
    expect(one.body.confidentialNotes).toContain(SECRET);
    const search = await editor.get('/api/incidents' + listQuery({ filter: { q: 'hemmeligsagsnummer' } }));
    expect(search.body.map((i: { id: number }) => i.id)).toEqual([1]);
  });

  it('does not let a method-override header or _embed bypass the checks', async () => {
    const override = await editor.request(
      'POST',
      '/api/incidents/3',
      {},
      { 'x-http-method-override': 'DELETE' },
    );
    expect(override.status).toBe(405);
    const boardOverride = await board.request(
      'POST',
      '/api/incidents',
      {},
      { 'x-http-method-override': 'DELETE' },
    );
    expect(boardOverride.status).toBe(403);
    const editorOverride = await editor.request(
      'POST',
      '/api/areas',
      { name: 'X' },
      { 'x-http-method-override': 'DELETE' },
    );
    expect(editorOverride.status).toBe(400);
    const embed = await board.get('/api/areas/1?_embed=incidents');
    expect(JSON.stringify(embed.body)).not.toContain(SECRET);
    expect(server.readDb().incidents).toHaveLength(3);
  });
});
