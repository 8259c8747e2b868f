import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../src/domain/access';
import { Client, PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EDITOR: Membership[] = [{ programmeId: 2, role: 'editor' }];

/** Signs `username` in from a browser that calls itself `userAgent`. */
async function signIn(username: string, userAgent: string): Promise<Client> {
  const client = server.anonymous();
  const res = await client.request(
    'POST',
    '/api/auth/login',
    { username, password: PASSWORD },
    { 'user-agent': userAgent },
  );
  expect(res.status).toBe(200);
  return client;
}

const tokenOf = (client: Client) => client.cookie.split('=')[1]!;

describe('a user’s own sessions', () => {
  it('lists them with an opaque handle, the current one marked, dates as ISO strings', async () => {
    const phone = await server.member('mette', EDITOR);
    const desk = await signIn('mette', 'Mozilla/5.0 (X11; Linux x86_64) Skrivebord');
    const list = await desk.get('/api/auth/sessions');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(2);
    const [current, other] = list.body;
    expect(current).toMatchObject({
      current: true,
      method: 'password',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Skrivebord',
    });
    expect(other).toMatchObject({ current: false, method: 'password' });
    for (const s of list.body) {
      expect(Object.keys(s).sort()).toEqual([
        'createdAt',
        'current',
        'id',
        'lastSeenAt',
        'method',
        'userAgent',
      ]);
      expect(new Date(s.createdAt).toISOString()).toBe(s.createdAt);
      expect(new Date(s.lastSeenAt).toISOString()).toBe(s.lastSeenAt);
    }
    // The handle is neither the token nor the stored id, and signs nobody in.
    const stored = server.store.all('sessions').map((s) => String(s.id));
    for (const s of list.body) {
      expect(stored).not.toContain(s.id);
      expect([tokenOf(phone), tokenOf(desk)]).not.toContain(s.id);
      const forged = server.anonymous();
      forged.cookie = `beredskab_session=${s.id}`;
      expect((await forged.get('/api/auth/me')).status).toBe(401);
    }
    // Another user sees only their own.
    const others = await (await server.as('board')).get('/api/auth/sessions');
    expect(others.body.map((s: { id: string }) => s.id)).not.toContain(current.id);
  });

  it('ends one of them; another user’s is not found; the list is gone without a session', async () => {
    const here = await server.member('jonas', EDITOR);
    const there = await signIn('jonas', 'Telefon');
    const list = (await here.get('/api/auth/sessions')).body as { id: string; current: boolean }[];
    const theirs = list.find((s) => !s.current)!;

    const stranger = await server.as('editor');
    expect((await stranger.delete(`/api/auth/sessions/${theirs.id}`)).status).toBe(404);
    expect((await there.get('/api/areas')).status).toBe(200);
    expect((await here.delete('/api/auth/sessions/ikke-en-session')).status).toBe(404);

    const ended = await here.delete(`/api/auth/sessions/${theirs.id}`);
    expect(ended.status).toBe(200);
    expect((await there.get('/api/areas')).status).toBe(401);
    expect((await here.get('/api/areas')).status).toBe(200);
    expect((await here.get('/api/auth/sessions')).body).toHaveLength(1);
    expect((await here.delete(`/api/auth/sessions/${theirs.id}`)).status).toBe(404);
    const { audit } = await server.persisted();
    expect(audit.filter((e) => e.action === 'sessionEnd' && e.username === 'jonas')).toHaveLength(1);

    // Ending the current one is logging out.
    const mine = (await here.get('/api/auth/sessions')).body[0];
    expect((await here.delete(`/api/auth/sessions/${mine.id}`)).status).toBe(200);
    expect((await here.get('/api/auth/sessions')).status).toBe(401);
  });
});

describe('an administrator ends every session of a user', () => {
  it('the system administrator any user’s, a programme administrator their programmes’ users’; audited', async () => {
    const a = await server.member('sara', EDITOR);
    const b = await signIn('sara', 'Tablet');
    const { id } = (await a.get('/api/auth/me')).body;

    const editor = await server.as('editor');
    expect((await editor.delete(`/api/users/${id}/sessions`)).status).toBe(403);
    const elsewhere = await server.member('pa-viborg', [{ programmeId: 1, role: 'programmeAdmin' }]);
    expect((await elsewhere.delete(`/api/users/${id}/sessions`)).status).toBe(404);
    expect((await elsewhere.delete('/api/users/1/sessions')).status).toBe(404);
    expect((await a.get('/api/areas')).status).toBe(200);

    const randers = await server.member('pa-randers', [{ programmeId: 2, role: 'programmeAdmin' }]);
    const ended = await randers.delete(`/api/users/${id}/sessions`);
    expect(ended).toMatchObject({ status: 200, body: { ended: 2 } });
    for (const client of [a, b]) expect((await client.get('/api/areas')).status).toBe(401);
    expect((await randers.get('/api/areas')).status).toBe(200);

    const again = await signIn('sara', 'Tablet');
    const admin = await server.as('admin');
    expect((await admin.delete(`/api/users/${id}/sessions`)).body).toEqual({ ended: 1 });
    expect((await again.get('/api/areas')).status).toBe(401);
    // The administrator's own "log out everywhere" keeps the session that asked.
    const adminId = (await admin.get('/api/auth/me')).body.id;
    const adminElsewhere = await server.as('admin');
    expect((await admin.delete(`/api/users/${adminId}/sessions`)).status).toBe(200);
    expect((await adminElsewhere.get('/api/areas')).status).toBe(401);
    expect((await admin.get('/api/areas')).status).toBe(200);

    const { audit } = await server.persisted();
    const entries = audit.filter((e) => e.action === 'sessionsEnded' && e.recordId === id);
    expect(entries.map((e) => [e.username, e.changes])).toEqual([
      ['pa-randers', { sessions: { before: 2, after: 0 } }],
      ['admin', { sessions: { before: 1, after: 0 } }],
    ]);
  });
});

describe('a session waiting for its second factor', () => {
  it('is listed, marked pending, and may be ended by the user', async () => {
    const user = await server.member('vagtskifte', EDITOR);
    const { secret } = (await user.post('/api/auth/totp/enrol', {})).body;
    const { TOTP, Secret } = await import('otpauth');
    const code = TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() - 30_000 });
    expect((await user.post('/api/auth/totp/confirm', { code })).status).toBe(200);
    const stranger = server.anonymous();
    const login = await stranger.post('/api/auth/login', { username: 'vagtskifte', password: PASSWORD });
    expect(login.body).toEqual({ secondFactor: 'required' });

    const list = (await user.get('/api/auth/sessions')).body as { id: string; pending?: boolean }[];
    const waiting = list.find((s) => s.pending);
    expect(waiting).toMatchObject({ current: false, pending: true, method: 'password' });
    expect((await user.delete(`/api/auth/sessions/${waiting!.id}`)).status).toBe(200);
    const now = TOTP.generate({ secret: Secret.fromBase32(secret) });
    expect((await stranger.post('/api/auth/totp/verify', { code: now })).status).toBe(401);
  });
});
