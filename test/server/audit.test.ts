import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/server/store/audit';
import { copenhagenDate } from '../../src/domain/copenhagenDay';
import { PASSWORD, listQuery, startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let admin: Client;
let editor: Client;
beforeAll(async () => {
  server = await startServer();
  admin = await server.as('admin');
  editor = await server.as('editor');
});
afterAll(() => server.close());

const entries = async (filter: object) =>
  (await admin.get('/api/auditLog' + listQuery({ filter, sort: ['id', 'ASC'] }))).body as any[];

describe('the audit log', () => {
  it('records create, update, status change and delete with the changed fields', async () => {
    const created = await editor.post('/api/areas', {
      name: 'Ny by',
      programmeId: 1,
      housingOrganisation: 'X',
    });
    await editor.put(`/api/areas/${created.body.id}`, { households: 12 });
    await editor.put('/api/incidents/2', { status: 'closed' });
    await editor.delete(`/api/areas/${created.body.id}`);

    const area = await entries({ resource: 'areas', recordId: created.body.id });
    expect(area.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(area[0]).toMatchObject({
      username: 'editor',
      userId: 2,
      changes: { name: { before: null, after: 'Ny by' } },
    });
    expect(area[1].changes).toEqual({ households: { before: null, after: 12 } });
    expect(area[2].changes.name).toEqual({ before: 'Ny by', after: null });
    const status = await entries({ resource: 'incidents', recordId: 2 });
    expect(status.at(-1)).toMatchObject({
      action: 'statusChange',
      changes: { status: { before: 'open', after: 'closed' } },
    });
  });

  it('records logins, failed logins and logouts', async () => {
    const client = server.anonymous();
    await client.post('/api/auth/login', { username: 'board', password: 'forkert-kode' });
    await client.post('/api/auth/login', { username: 'board', password: PASSWORD });
    await client.post('/api/auth/logout', {});
    const logins = await entries({ username: 'board' });
    expect(logins.map((e) => e.action).slice(-3)).toEqual(['loginFailed', 'login', 'logout']);
  });

  it('filters by user, resource, action and period, and reads one entry', async () => {
    const byAction = await entries({ action: 'delete' });
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === 'delete')).toBe(true);
    const today = copenhagenDate(server.clock());
    expect((await entries({ at_gte: today })).length).toBeGreaterThan(0);
    expect(await entries({ at_lte: '2000-01-01' })).toEqual([]);
    const one = await admin.get(`/api/auditLog/${byAction[0].id}`);
    expect(one.body).toEqual(byAction[0]);
  });

  it('is read-only, and for admins only', async () => {
    for (const [method, url] of [
      ['POST', '/api/auditLog'],
      ['PUT', '/api/auditLog/1'],
      ['DELETE', '/api/auditLog/1'],
    ] as const)
      expect((await admin.request(method, url, method === 'DELETE' ? undefined : {})).status).toBe(405);
    expect((await editor.get('/api/auditLog')).status).toBe(403);
    expect((await (await server.as('board')).get('/api/auditLog')).status).toBe(403);
    expect((await admin.get('/api/auditLog' + listQuery({ filter: { changes: 'x' } }))).status).toBe(400);
  });

  it('is stored by the engine entry for entry, as the API lists it', async () => {
    const persisted = await server.persisted();
    expect(persisted.audit.length).toBeGreaterThan(5);
    expect(persisted.audit).toEqual(server.store.audit());
  });
});

describe('diff', () => {
  it('lists changed fields only, ignoring the version', () => {
    expect(diff({ a: 1, b: [1], version: 1 }, { a: 1, b: [2], c: 'x', version: 2 })).toEqual({
      b: { before: [1], after: [2] },
      c: { before: null, after: 'x' },
    });
  });
});
