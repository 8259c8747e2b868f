import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startServer();
  admin = await server.as('admin');
});
afterAll(() => server.close());

const login = (username: string, password: string) =>
  server.anonymous().post('/api/auth/login', { username, password });

describe('user administration', () => {
  it('lists users without password hashes, with the simple-rest protocol', async () => {
    const res = await admin.get('/api/users?sort=["username","ASC"]&range=[0,1]');
    expect(res.headers.get('content-range')).toBe('users 0-1/3');
    expect(res.body).toEqual([
      {
        id: 1,
        username: 'admin',
        fullName: 'Test admin',
        role: 'admin',
        memberships: [],
        active: true,
        version: 1,
        email: null,
        phone: null,
        msisdn: null,
        phoneWarning: null,
        source: 'local',
        secondFactor: false,
      },
      {
        id: 3,
        username: 'board',
        fullName: 'Test board',
        role: 'board',
        memberships: [
          { programmeId: 1, role: 'board' },
          { programmeId: 2, role: 'board' },
        ],
        active: true,
        version: 1,
        email: null,
        phone: null,
        msisdn: null,
        phoneWarning: null,
        source: 'local',
        secondFactor: false,
      },
    ]);
  });

  it('creates a user who can then log in, and refuses bad input in Danish', async () => {
    const created = await admin.post('/api/users', {
      username: 'mette',
      fullName: 'Mette Lund',
      role: 'editor',
      password: 'lang-nok-kode',
    });
    // Through the API a role is given per programme: none is refused, not "every programme".
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual({ memberships: 'Vælg en helhedsplan' });
    const made = await admin.post('/api/users', {
      username: 'mette',
      fullName: 'Mette Lund',
      role: 'editor',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'editor' },
      ],
      password: 'lang-nok-kode',
    });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({
      id: 4,
      username: 'mette',
      fullName: 'Mette Lund',
      email: null,
      phone: null,
      msisdn: null,
      phoneWarning: null,
      role: 'editor',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'editor' },
      ],
      active: true,
      version: 1,
      source: 'local',
      secondFactor: false,
    });
    expect((await login('mette', 'lang-nok-kode')).status).toBe(200);

    const dup = await admin.post('/api/users', {
      username: 'METTE',
      role: 'board',
      memberships: [{ programmeId: 1, role: 'board' }],
      password: 'lang-nok-kode',
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors.username).toBe('Brugernavnet er optaget');
    const short = await admin.post('/api/users', { username: 'kurt', role: 'board', password: 'kort' });
    expect(short.body.errors.password).toBe('Adgangskoden skal være mindst 10 tegn');
    const same = await admin.post('/api/users', {
      username: 'kurtkurtkurt',
      role: 'board',
      password: 'KurtKurtKurt',
    });
    expect(same.body.errors.password).toBe('Adgangskoden må ikke være brugernavnet');
    // No password means an invitation by mail: then an e-mail is needed.
    const empty = await admin.post('/api/users', { username: 'kurt', role: 'board', password: '' });
    expect(empty.body.errors.email).toBe(
      'Angiv en e-mail, så brugeren kan få en invitation, eller en adgangskode',
    );
    const role = await admin.post('/api/users', {
      username: 'kurt',
      role: 'chef',
      password: 'lang-nok-kode',
    });
    expect(role.body.errors.role).toMatch(/^Ugyldig værdi/);
  });

  it('changes a role, which ends that user’s sessions', async () => {
    const mette = await server.anonymous();
    await mette.post('/api/auth/login', { username: 'mette', password: 'lang-nok-kode' });
    const res = await admin.put('/api/users/4', { role: 'board' });
    expect(res.body.role).toBe('board');
    expect((await mette.get('/api/incidents')).status).toBe(401);
    const again = await login('mette', 'lang-nok-kode');
    expect(again.body.role).toBe('board');
  });

  it('resets a password and deactivates a user, who then cannot log in', async () => {
    await admin.put('/api/users/4', { password: 'helt-ny-kode-1' });
    expect((await login('mette', 'lang-nok-kode')).status).toBe(401);
    expect((await login('mette', 'helt-ny-kode-1')).status).toBe(200);
    await admin.put('/api/users/4', { active: false });
    expect((await login('mette', 'helt-ny-kode-1')).status).toBe(401);
    expect((await admin.get('/api/users/4')).body.active).toBe(false);
  });

  it('refuses (409) a change made from a stale version', async () => {
    const current = (await admin.get('/api/users/3')).body;
    await admin.put('/api/users/3', { ...current, fullName: 'Bestyrelsen' });
    const stale = await admin.put('/api/users/3', { ...current, fullName: 'Anden titel' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ fullName: 'Bestyrelsen', version: current.version + 1 });
  });

  it('does not let an admin lock themselves out', async () => {
    const demote = await admin.put('/api/users/1', { role: 'editor' });
    expect(demote.status).toBe(400);
    expect(demote.body.errors.role).toBeDefined();
    const deactivate = await admin.put('/api/users/1', { active: false });
    expect(deactivate.status).toBe(400);
    expect((await admin.get('/api/users/1')).body).toMatchObject({ role: 'admin', active: true });
  });

  it('never deletes users, and is for admins only', async () => {
    expect((await admin.delete('/api/users/3')).status).toBe(405);
    for (const role of ['editor', 'board'] as const) {
      const other = await server.as(role);
      expect((await other.get('/api/users')).status).toBe(403);
      expect(
        (await other.post('/api/users', { username: 'x', role: 'admin', password: 'lang-nok-kode' })).status,
      ).toBe(403);
    }
  });
});

describe('changing one’s own password', () => {
  it('needs the current password and follows the rules', async () => {
    const board = await server.as('board');
    const wrong = await board.post('/api/auth/password', {
      currentPassword: 'forkert',
      newPassword: 'en-ny-god-kode',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({ currentPassword: 'Forkert adgangskode' });
    const weak = await board.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'board' });
    expect(weak.body.errors.newPassword).toBe('Adgangskoden skal være mindst 10 tegn');
    const ok = await board.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'en-ny-god-kode',
    });
    expect(ok.status).toBe(200);
    expect((await login('board', 'en-ny-god-kode')).status).toBe(200);
    expect((await login('board', PASSWORD)).status).toBe(401);
  });

  it('answers 401 without a session', async () => {
    expect(
      (await server.anonymous().post('/api/auth/password', { currentPassword: 'a', newPassword: 'b' }))
        .status,
    ).toBe(401);
  });
});
