import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signOutAtProvider } from '../support/oidcFlow';
import { GROUP_MAPPINGS, startOidcPanel, type OidcPanel } from '../support/oidcPanel';

/**
 * Signing out of the panel and at the organisation's identity provider: on to the provider's
 * logout, and the provider's back-channel logout believed only when it signed it. Both engines.
 */
let panel: OidcPanel;
beforeAll(async () => {
  panel = await startOidcPanel('groups', GROUP_MAPPINGS);
});
afterAll(async () => {
  await panel?.close();
});

const auditOf = (action: string) => panel.server.store.audit().filter((e) => e.action === action);

describe('signing out everywhere', () => {
  it('logging out of the panel sends the browser to the provider to log out there too', async () => {
    panel.idp.accounts.set('sub-lars', {
      preferred_username: 'lars@randers.dk',
      groups: ['grp-viborg-redaktoer'],
    });
    const { client } = await signIn(panel.server.url, 'sub-lars');
    const out = await client.post('/api/auth/logout', {});
    expect(out.status).toBe(200);
    const end = new URL(out.body.endSessionUrl);
    expect(`${end.origin}${end.pathname}`).toBe(`${panel.idp.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${panel.server.url}/`);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await client.get('/api/auth/me')).status).toBe(401);
    // A local session has nowhere else to go.
    const local = await panel.server.as('board');
    expect((await local.post('/api/auth/logout', {})).body.endSessionUrl).toBeUndefined();
  });

  it('a back-channel logout from the provider ends the sessions of that provider session', async () => {
    panel.idp.accounts.set('sub-sara', {
      preferred_username: 'sara@randers.dk',
      groups: ['grp-viborg-redaktoer'],
    });
    const { client, trip } = await signIn(panel.server.url, 'sub-sara');
    const other = await signIn(panel.server.url, 'sub-lars');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await signOutAtProvider(trip, panel.idp.issuer);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    // Another person's session is not touched.
    expect((await other.client.get('/api/auth/me')).status).toBe(200);
  });

  it('believes no logout token that the provider did not sign', async () => {
    const { client } = await signIn(panel.server.url, 'sub-lars');
    const sub = 'sub-lars';
    const unsigned = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'logout+jwt' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({
          iss: panel.idp.issuer,
          aud: panel.idp.clientId,
          iat: Math.floor(Date.now() / 1000),
          jti: 'x1',
          sub,
          events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
        }),
      ).toString('base64url'),
      '',
    ].join('.');
    for (const body of [`logout_token=${unsigned}`, 'logout_token=abc.def.ghi', '']) {
      const res = await fetch(`${panel.server.url}/api/auth/oidc/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(res.status).toBe(400);
    }
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });
});

describe('logout tokens signed by the provider', () => {
  const postLogout = (token: string) =>
    fetch(`${panel.server.url}/api/auth/oidc/backchannel-logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: token }),
    });
  const sessionsOf = (userId: number) =>
    (panel.server.store.all('sessions') as any[]).filter((s: any) => s.userId === userId);

  it('are refused (400, nothing ended) with a nonce, for another client, from another issuer, without the event, or too old', async () => {
    panel.idp.accounts.set('sub-tove', {
      preferred_username: 'tove@randers.dk',
      groups: ['grp-viborg-redaktoer'],
    });
    const { client } = await signIn(panel.server.url, 'sub-tove');
    const { id } = (await client.get('/api/auth/me')).body;
    const [{ oidc }] = sessionsOf(id);
    const named = { sub: 'sub-tove', sid: oidc.sid };
    expect(named.sid).toBeTruthy();
    const now = Math.floor(Date.now() / 1000);
    const flawed: Record<string, Record<string, unknown>> = {
      'a nonce': { nonce: 'n-0123456789' },
      'another audience': { aud: 'andet-system' },
      'another issuer': { iss: 'http://127.0.0.1:9/anden-udbyder' },
      'no events claim': { events: undefined },
      'another event': { events: { 'http://schemas.openid.net/event/anden': {} } },
      'issued ten minutes ago': { iat: now - 600, exp: now + 60 },
    };
    for (const [flaw, claims] of Object.entries(flawed)) {
      const answer = await postLogout(await panel.idp.logoutToken({ ...named, ...claims }));
      expect(answer.status, flaw).toBe(400);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.json(), flaw).toEqual({ error: 'invalid_request' });
      expect(sessionsOf(id), flaw).toHaveLength(1);
    }
    expect((await client.get('/api/auth/me')).status).toBe(200);
    // The same token without a flaw is believed: each refusal above was the flaw's.
    expect((await postLogout(await panel.idp.logoutToken(named))).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it("naming only the subject (no sid), ends every session of that user from the directory, and no one else's", async () => {
    panel.idp.accounts.set('sub-ulla', {
      preferred_username: 'ulla@randers.dk',
      groups: ['grp-viborg-redaktoer'],
    });
    const phone = await signIn(panel.server.url, 'sub-ulla');
    const desktop = await signIn(panel.server.url, 'sub-ulla');
    panel.idp.accounts.set('sub-otto', {
      preferred_username: 'otto@randers.dk',
      groups: ['grp-viborg-redaktoer'],
    });
    const other = await signIn(panel.server.url, 'sub-otto');
    const { id } = (await phone.client.get('/api/auth/me')).body;
    expect(sessionsOf(id)).toHaveLength(2);
    const answer = await postLogout(await panel.idp.logoutToken({ sub: 'sub-ulla' }));
    expect(answer.status).toBe(200);
    expect(sessionsOf(id)).toHaveLength(0);
    expect((await phone.client.get('/api/auth/me')).status).toBe(401);
    expect((await desktop.client.get('/api/auth/me')).status).toBe(401);
    expect((await other.client.get('/api/auth/me')).status).toBe(200);
    expect(auditOf('logout').at(-1)).toMatchObject({ username: 'identitetsudbyder', recordId: id });
  });
});
