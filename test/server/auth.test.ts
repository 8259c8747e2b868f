import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('session login', () => {
  it('answers 401 on every API route without a session', async () => {
    const anon = server.anonymous();
    for (const [method, url] of [
      ['GET', '/api/incidents'],
      ['GET', '/api/incidents/1'],
      ['POST', '/api/incidents'],
      ['PUT', '/api/areas/1'],
      ['DELETE', '/api/areas/1'],
      ['GET', '/api/auth/me'],
      ['GET', '/api/anything'],
    ] as const) {
      const res = await anon.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(res.status, `${method} ${url}`).toBe(401);
      expect(res.body.message).toBe('Log ind for at fortsætte');
    }
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const anon = server.anonymous();
    const wrong = await anon.post('/api/auth/login', { username: 'admin', password: 'forkert' });
    const unknown = await anon.post('/api/auth/login', { username: 'nobody', password: PASSWORD });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 for a login without fields or with malformed JSON', async () => {
    const anon = server.anonymous();
    expect((await anon.post('/api/auth/login', {})).status).toBe(400);
    expect((await anon.request('POST', '/api/auth/login', '{"username":', {})).status).toBe(400);
  });

  it('sets an httpOnly SameSite=Strict cookie and answers /me with the user', async () => {
    const client = server.anonymous();
    const login = await client.post('/api/auth/login', { username: 'editor', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//i);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: 2,
      username: 'editor',
      fullName: 'Test editor',
      role: 'editor',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'editor' },
      ],
      dashboard: login.body.dashboard,
    });
    expect(login.body.dashboard.programmes).toHaveLength(2);
  });

  it('ends the session on the server at logout', async () => {
    const client = await server.as('board');
    const stolen = client.cookie;
    expect((await client.post('/api/auth/logout', {})).status).toBe(200);
    const replay = server.anonymous();
    replay.cookie = stolen;
    expect((await replay.get('/api/incidents')).status).toBe(401);
  });

  it('keeps users outside the REST store, hashed with scrypt', async () => {
    const admin = await server.as('admin');
    const listed = await admin.get('/api/users');
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/scrypt|passwordHash/);
    const db = server.readDb();
    expect(Object.keys(db)).not.toContain('users');
    const persisted = await server.persisted();
    expect(persisted.users).toHaveLength(3);
    for (const user of persisted.users) {
      expect(user.passwordHash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
      expect(JSON.stringify(user)).not.toContain(PASSWORD);
    }
    // Nothing the store keeps — files or tables — holds the password itself.
    expect(persisted.text).not.toContain(PASSWORD);
  });
});

// Last: it adds users, which the tests above count.
describe('the login answer', () => {
  it('carries what the dashboard starts on: the programmes by name and the one it opens, by role', async () => {
    const admin = server.anonymous();
    const login = await admin.post('/api/auth/login', { username: 'admin', password: PASSWORD });
    const { dashboard } = login.body;
    expect(dashboard.programmes.map((p: { id: number; name: string }) => [p.id, p.name])).toEqual([
      [2, 'Boligsocial helhedsplan Randers'],
      [1, 'Helhedsplan Viborg Øst'],
    ]);
    // The years the panel opens each on (no figures in the fixture; the incidents' years).
    expect(dashboard.programmes[1]).toEqual({
      id: 1,
      name: 'Helhedsplan Viborg Øst',
      periodStart: '2017-04-01',
      periodEnd: '2021-03-31',
      projectYearStartMonth: 4,
      latestFigures: null,
      latestIncidents: 2019,
    });
    expect(dashboard.programmes[0]).toMatchObject({ latestFigures: null, latestIncidents: 2025 });
    // Randers is opened first: the latest incident, no programme having figures.
    expect(dashboard.programmeId).toBe(2);
    expect((await admin.get('/api/auth/me')).body.dashboard).toEqual(dashboard);

    // A board member sees their own programme only, and nothing of a programme's other fields.
    const board = await server.member('bestyrelse-viborg', [{ programmeId: 1, role: 'board' }]);
    const mine = (await board.get('/api/auth/me')).body.dashboard;
    expect(mine.programmes.map((p: { id: number }) => p.id)).toEqual([1]);
    expect(mine.programmeId).toBe(1);
    expect(Object.keys(mine.programmes[0]).sort()).toEqual(
      [
        'id',
        'name',
        'latestFigures',
        'latestIncidents',
        'periodEnd',
        'periodStart',
        'projectYearStartMonth',
      ].sort(),
    );
    const none = await server.member('bestyrelse-ingen', []);
    expect((await none.get('/api/auth/me')).body.dashboard).toEqual({ programmes: [], programmeId: null });
  });
});
