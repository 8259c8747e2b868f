import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestIdp } from '../support/idp';
import { startOidcPanel, type OidcPanel } from '../support/oidcPanel';
import type { TestServer } from '../support/server';
import { signIn } from '../support/oidcFlow';

/** OIDC_CLAIM=roles: access given by Entra ID's app roles, the `groups` claim beside them not read. */
let panel: OidcPanel;
let idp: TestIdp;
let server: TestServer;

beforeAll(async () => {
  panel = await startOidcPanel('roles', [
    { claimValue: 'beredskab-randers-redaktoer', programmeId: 2, role: 'editor' },
    { claimValue: 'beredskab-it', programmeId: null, role: 'admin' },
    // A group's value: with the roles claim configured it gives nothing.
    { claimValue: 'grp-viborg-admin', programmeId: 1, role: 'programmeAdmin' },
  ]);
  ({ idp, server } = panel);
});

afterAll(async () => {
  await panel?.close();
});

describe('sign-in by app roles', () => {
  it('maps an app role value to a membership, and reads no group', async () => {
    idp.accounts.set('sub-rikke', {
      preferred_username: 'rikke@randers.dk',
      roles: ['beredskab-randers-redaktoer'],
      groups: ['grp-viborg-admin'],
    });
    const { landed, client } = await signIn(server.url, 'sub-rikke');
    expect(landed).toBe('/');
    expect((await client.get('/api/auth/me')).body).toMatchObject({
      username: 'rikke@randers.dk',
      role: 'editor',
      memberships: [{ programmeId: 2, role: 'editor' }],
    });
  });

  it("makes a system administrator of the administrators' app role", async () => {
    idp.accounts.set('sub-it', { preferred_username: 'it@randers.dk', roles: ['beredskab-it'] });
    const { client } = await signIn(server.url, 'sub-it');
    expect((await client.get('/api/auth/me')).body).toMatchObject({ role: 'admin', memberships: [] });
  });

  it('refuses a user whose groups are mapped but whose app roles are not', async () => {
    idp.accounts.set('sub-gruppe', { preferred_username: 'gruppe@randers.dk', groups: ['grp-viborg-admin'] });
    const { landed, client } = await signIn(server.url, 'sub-gruppe');
    expect(landed).toBe('/?oidc=unmapped');
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
