import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, PASSWORD, type TestServer, type Client } from '../support/server';
import type { TestIdp } from '../support/idp';
import { updateSettings } from '../../src/server/changes/settings';
import { RoundTrip, signIn } from '../support/oidcFlow';
import { GROUP_MAPPINGS, startOidcPanel, type OidcPanel } from '../support/oidcPanel';

/** Sign-in at the organisation's identity provider (oidc-provider on 127.0.0.1), on both engines. */
let idp: TestIdp;
let server: TestServer;
let admin: Client;

const usersNamed = (username: string) =>
  (server.store.all('users') as any[]).filter((u: any) => u.username === username);
/** Signs in as `sub` and is sent back to the login page with `reason`, without a session. */
async function refused(sub: string, reason: string) {
  const { landed, client } = await signIn(server.url, sub);
  expect(landed).toBe(`/?oidc=${reason}`);
  expect((await client.get('/api/auth/me')).status).toBe(401);
}

const auditOf = (action: string) => server.store.audit().filter((e) => e.action === action);

let panel: OidcPanel;
beforeAll(async () => {
  panel = await startOidcPanel('groups', GROUP_MAPPINGS);
  ({ idp, server, admin } = panel);
});

afterAll(async () => {
  await panel?.close();
});

describe('the login page is told what to offer', () => {
  it('names the organisation, and keeps the local form', async () => {
    const options = await server.anonymous().get('/api/auth/options');
    expect(options.body).toEqual({ oidc: { name: 'Randers Kommune' }, localLogin: true });
  });
});

describe('the authorization request', () => {
  it('goes to the provider with state, nonce and a PKCE S256 challenge, and a cookie for this browser only', async () => {
    const trip = new RoundTrip();
    const first = await trip.request('GET', `${server.url}/api/auth/oidc/login`);
    expect(first.status).toBe(303);
    const url = new URL(first.location!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('client_id')).toBe(idp.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/api/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(trip.jar.get('beredskab_oidc')).toBeTruthy();
    // The verifier and nonce stay on the server, never in what the browser carries.
    const attempt = (server.store.all('oidcAttempts') as any[]).at(-1);
    expect(first.location).not.toContain(attempt.verifier);
  });
});

describe('sign-in at the organisation', () => {
  it('asks a directory user for no second factor of the panel, even when the policy asks every local user', async () => {
    // Set and unset by the store's own door: the administrator has no factor and would meet the gate.
    const policy = (secondFactor: 'everyone' | 'none') =>
      server.store.commit(updateSettings({ secondFactor }, { userId: null, username: 'test', role: null }));
    await policy('everyone');
    try {
      idp.accounts.set('sub-pia', { preferred_username: 'pia@randers.dk', groups: ['grp-viborg-admin'] });
      const { landed, client } = await signIn(server.url, 'sub-pia');
      expect(landed).toBe('/');
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.secondFactor).toBeUndefined();
      expect((await client.get('/api/incidents')).status).toBe(200);
      expect((await client.post('/api/auth/totp/enrol', {})).status).toBe(400);
      // A local user under the same policy is led to set one up first.
      const local = server.anonymous();
      const login = await local.post('/api/auth/login', { username: 'editor', password: PASSWORD });
      expect(login.body).toMatchObject({ secondFactor: 'enrol' });
      expect((await local.get('/api/incidents')).status).toBe(403);
    } finally {
      await policy('none');
    }
  });

  it('makes the user just in time, linked by issuer and subject, with the memberships the groups map to', async () => {
    idp.accounts.set('sub-mette', {
      preferred_username: 'mette@randers.dk',
      email: 'mette@randers.dk',
      name: 'Mette Lund',
      groups: ['grp-viborg-redaktoer', 'grp-randers-bestyrelse', 'grp-uden-kobling'],
    });
    const { landed, client } = await signIn(server.url, 'sub-mette');
    expect(landed).toBe('/');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'mette@randers.dk',
      fullName: 'Mette Lund',
      role: 'editor',
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'board' },
      ],
    });
    const [user] = usersNamed('mette@randers.dk');
    expect(user).toMatchObject({ source: 'oidc', passwordHash: '' });
    expect(user.directory).toMatchObject({ issuer: idp.issuer, subject: 'sub-mette' });
    expect((await client.get('/api/incidents')).status).toBe(200);
    // A directory user has no password here to guess.
    const local = await server
      .anonymous()
      .post('/api/auth/login', { username: 'mette@randers.dk', password: '' });
    expect(local.status).toBe(400);
    expect(auditOf('userCreate').some((e) => e.recordId === user.id)).toBe(true);
    // The users list says how they sign in.
    const listed = await admin.get(`/api/users/${user.id}`);
    expect(listed.body).toMatchObject({ source: 'oidc', secondFactor: false });
  });

  it('the same subject signs in again as the same user, though the e-mail changed', async () => {
    idp.accounts.set('sub-mette', {
      preferred_username: 'mette.lund@randers.dk',
      email: 'mette.lund@randers.dk',
      name: 'Mette Lund',
      groups: ['grp-viborg-redaktoer', 'grp-randers-bestyrelse'],
    });
    const { client } = await signIn(server.url, 'sub-mette');
    expect((await client.get('/api/auth/me')).body.username).toBe('mette@randers.dk');
    expect(usersNamed('mette.lund@randers.dk')).toHaveLength(0);
  });

  it('a user removed from a group loses the programme at the next sign-in; a membership granted by hand stays', async () => {
    idp.accounts.set('sub-jonas', {
      preferred_username: 'jonas@randers.dk',
      name: 'Jonas',
      groups: ['grp-viborg-admin'],
    });
    const first = await signIn(server.url, 'sub-jonas');
    const id = (await first.client.get('/api/auth/me')).body.id;
    expect((await first.client.get('/api/auth/me')).body.memberships).toEqual([
      { programmeId: 1, role: 'programmeAdmin' },
    ]);
    // The system administrator adds programme 2 by hand.
    const user = (await admin.get(`/api/users/${id}`)).body;
    const granted = await admin.put(`/api/users/${id}`, {
      ...user,
      memberships: [...user.memberships, { programmeId: 2, role: 'editor' }],
    });
    expect(granted.status).toBe(200);
    idp.accounts.set('sub-jonas', { preferred_username: 'jonas@randers.dk', name: 'Jonas', groups: [] });
    const second = await signIn(server.url, 'sub-jonas');
    expect(second.landed).toBe('/');
    expect((await second.client.get('/api/auth/me')).body.memberships).toEqual([
      { programmeId: 2, role: 'editor' },
    ]);
    expect((await second.client.get('/api/incidents/1')).status).toBe(404);
  });

  it('a group mapped to the system administrator makes one, and losing it unmakes them', async () => {
    idp.accounts.set('sub-it', { preferred_username: 'it@randers.dk', groups: ['grp-it-admin'] });
    const first = await signIn(server.url, 'sub-it');
    expect((await first.client.get('/api/auth/me')).body.role).toBe('admin');
    idp.accounts.set('sub-it', { preferred_username: 'it@randers.dk', groups: ['grp-randers-bestyrelse'] });
    const second = await signIn(server.url, 'sub-it');
    expect((await second.client.get('/api/auth/me')).body).toMatchObject({
      role: 'board',
      memberships: [{ programmeId: 2, role: 'board' }],
    });
  });
});

describe('refused sign-ins make no session', () => {
  it('refuses a user whose claims map to nothing, and makes no user', async () => {
    idp.accounts.set('sub-anne', { preferred_username: 'anne@randers.dk', groups: ['grp-uden-kobling'] });
    await refused('sub-anne', 'unmapped');
    expect(usersNamed('anne@randers.dk')).toHaveLength(0);
    expect(auditOf('loginRefused').at(-1)?.changes).toEqual({ reason: { before: null, after: 'unmapped' } });
  });

  it('refuses Entra ID overage (groups left out) and grants nothing', async () => {
    idp.accounts.set('sub-mange', { preferred_username: 'mange@randers.dk', overage: true });
    await refused('sub-mange', 'overage');
    expect(usersNamed('mange@randers.dk')).toHaveLength(0);
  });

  it('does not take over a local user of the same username until an administrator allows the link', async () => {
    idp.accounts.set('sub-editor', {
      preferred_username: 'editor',
      name: 'Directory Editor',
      groups: ['grp-viborg-redaktoer'],
    });
    await refused('sub-editor', 'localUser');
    expect(usersNamed('editor')[0].source ?? 'local').toBe('local');
    // The local password still works meanwhile.
    const local = await server.as('editor');
    const id = (await local.get('/api/auth/me')).body.id;
    const editorClient = await server.as('editor');
    expect((await editorClient.post(`/api/users/${id}/directory-link`, {})).status).toBe(403);
    const allowed = await admin.post(`/api/users/${id}/directory-link`, {});
    expect(allowed.status).toBe(200);
    const linked = await signIn(server.url, 'sub-editor');
    expect(linked.landed).toBe('/');
    expect((await linked.client.get('/api/auth/me')).body).toMatchObject({ id, username: 'editor' });
    expect(usersNamed('editor')[0]).toMatchObject({ source: 'oidc', passwordHash: '' });
    expect(usersNamed('editor')[0].directoryLinkAllowed).toBeUndefined();
    // Linked, the local password no longer signs in, and the old sessions are not the directory's to keep.
    expect(
      (await server.anonymous().post('/api/auth/login', { username: 'editor', password: PASSWORD })).status,
    ).toBe(401);
    expect((await local.get('/api/auth/me')).status).toBe(401);
    expect((await linked.client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a tampered state', async () => {
    idp.accounts.set('sub-kim', { preferred_username: 'kim@randers.dk', groups: ['grp-viborg-redaktoer'] });
    const trip = new RoundTrip();
    const callback = new URL(await trip.toCallback(server.url, 'sub-kim'));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    expect(await trip.callback(callback.href)).toBe('/?oidc=failed');
    expect((await trip.client(server.url).get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a callback used twice: the attempt and its code are used once', async () => {
    const trip = new RoundTrip();
    const callback = await trip.toCallback(server.url, 'sub-kim');
    const cookie = trip.jar.get('beredskab_oidc')!;
    expect(await trip.callback(callback)).toBe('/');
    const replay = new RoundTrip();
    replay.jar.set('beredskab_oidc', cookie);
    expect(await replay.callback(callback)).toBe('/?oidc=expired');
    expect((await replay.client(server.url).get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a code brought to a new attempt (another state): a reused code', async () => {
    const trip = new RoundTrip();
    const callback = new URL(await trip.toCallback(server.url, 'sub-kim'));
    expect(await trip.callback(callback.href)).toBe('/');
    const other = new RoundTrip();
    const begun = await other.request('GET', `${server.url}/api/auth/oidc/login`);
    callback.searchParams.set('state', new URL(begun.location!).searchParams.get('state')!);
    expect(await other.callback(callback.href)).toBe('/?oidc=failed');
    expect((await other.client(server.url).get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a callback without the browser that began it (no attempt cookie)', async () => {
    const trip = new RoundTrip();
    const callback = await trip.toCallback(server.url, 'sub-kim');
    trip.jar.delete('beredskab_oidc');
    expect(await trip.callback(callback)).toBe('/?oidc=expired');
  });

  it('a code is worth nothing without the PKCE verifier the server keeps', async () => {
    const trip = new RoundTrip();
    const callback = new URL(await trip.toCallback(server.url, 'sub-kim'));
    const token = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code')!,
        redirect_uri: `${server.url}/api/auth/oidc/callback`,
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
      }),
    });
    expect(token.status).toBe(400);
    expect(((await token.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses a code issued to another client', async () => {
    const trip = new RoundTrip();
    const begun = await trip.request('GET', `${server.url}/api/auth/oidc/login`);
    const forOther = new URL(begun.location!);
    forOther.searchParams.set('client_id', 'andet-system');
    const { url } = await trip.follow(forOther.href, (l) =>
      l.startsWith(`${server.url}/api/auth/oidc/callback`),
    );
    let callback = url;
    if (!callback.startsWith(server.url)) {
      const page = await trip.request('GET', url);
      const action = /<form[^>]*action="([^"]+)"/.exec(page.body)![1]!;
      const posted = await trip.request('POST', new URL(action, url).href, {
        prompt: 'login',
        login: 'sub-kim',
        password: 'x',
      });
      callback = (
        await trip.follow(posted.location!, (l) => l.startsWith(`${server.url}/api/auth/oidc/callback`))
      ).url;
    }
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    expect(await trip.callback(callback)).toBe('/?oidc=failed');
    expect((await trip.client(server.url).get('/api/auth/me')).status).toBe(401);
  });

  it('refuses an attempt older than ten minutes', async () => {
    const trip = new RoundTrip();
    const callback = await trip.toCallback(server.url, 'sub-kim');
    const attempt = (server.store.all('oidcAttempts') as any[]).at(-1);
    await server.store.commit({
      decide: () => ({
        ops: [
          {
            op: 'put',
            coll: 'oidcAttempts',
            record: { ...attempt, createdAt: attempt.createdAt - 11 * 60_000 },
          },
        ],
        audit: [],
        result: undefined,
      }),
    });
    expect(await trip.callback(callback)).toBe('/?oidc=expired');
    expect((await trip.client(server.url).get('/api/auth/me')).status).toBe(401);
  });
});

describe('directory mappings', () => {
  it('are the system administrator alone, checked in Danish, and audited', async () => {
    const programmeAdmin = await server.member('pa-mappings', [{ programmeId: 1, role: 'programmeAdmin' }]);
    const editor = await server.as('editor').catch(() => undefined);
    for (const client of [programmeAdmin, editor].filter(Boolean) as Client[]) {
      expect((await client.get('/api/directoryMappings')).status).toBe(403);
      expect(
        (await client.post('/api/directoryMappings', { claimValue: 'x', programmeId: 1, role: 'editor' }))
          .status,
      ).toBe(403);
    }
    const list = await admin.get('/api/directoryMappings?range=[0,1]');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-range')).toMatch(/^directoryMappings 0-1\/\d+$/);
    const bad = await admin.post('/api/directoryMappings', { claimValue: '', programmeId: 1, role: 'chef' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(['claimValue']));
    const missing = await admin.post('/api/directoryMappings', {
      claimValue: 'grp-x',
      programmeId: 999,
      role: 'editor',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.programmeId).toBe('Helhedsplanen findes ikke');
    const adminWithProgramme = await admin.post('/api/directoryMappings', {
      claimValue: 'grp-x',
      programmeId: 1,
      role: 'admin',
    });
    expect(adminWithProgramme.status).toBe(400);
    const made = await admin.post('/api/directoryMappings', {
      claimValue: 'grp-ny',
      programmeId: 2,
      role: 'editor',
    });
    expect(made.status).toBe(201);
    const changed = await admin.put(`/api/directoryMappings/${made.body.id}`, {
      claimValue: 'grp-ny',
      programmeId: 2,
      role: 'board',
    });
    expect(changed.body.role).toBe('board');
    expect((await admin.delete(`/api/directoryMappings/${made.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/directoryMappings/${made.body.id}`)).status).toBe(404);
    const audited = server.store
      .audit()
      .filter((e) => e.resource === 'directoryMappings' && e.recordId === made.body.id);
    expect(audited.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('local sign-in left to system administrators (LOCAL_LOGIN=false)', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startServer({
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        name: 'Randers Kommune',
        claim: 'groups',
      },
      localLogin: false,
    });
  });
  afterAll(() => closed?.close());

  it('refuses the local form to everyone else, in Danish, and tells the login page', async () => {
    expect((await closed.anonymous().get('/api/auth/options')).body).toEqual({
      oidc: { name: 'Randers Kommune' },
      localLogin: false,
    });
    const editor = await closed
      .anonymous()
      .post('/api/auth/login', { username: 'editor', password: PASSWORD });
    expect(editor.status).toBe(403);
    expect(editor.body.message).toContain('Log ind med Randers Kommune');
    expect(
      (await closed.anonymous().post('/api/auth/login', { username: 'admin', password: PASSWORD })).status,
    ).toBe(200);
  });
});

// Last: it uses up this address's open sign-ins.
describe('sign-ins begun and never finished', () => {
  it('a stream of anonymous sign-ins begun does not grow the store without bound', async () => {
    const before = (server.store.all('oidcAttempts') as any[]).length;
    const trip = new RoundTrip();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => trip.request('GET', `${server.url}/api/auth/oidc/login`)),
    );
    expect((server.store.all('oidcAttempts') as any[]).length - before).toBeLessThanOrEqual(20);
    expect(answers.filter((a) => a.location?.includes('oidc=busy')).length).toBeGreaterThanOrEqual(20);
  });
});
