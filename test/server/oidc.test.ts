import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer, type Client } from '../support/server';
import { startIdp, type TestIdp } from '../support/idp';
import { RoundTrip, signIn } from '../support/oidcFlow';

let idp: TestIdp;
let server: TestServer;
let admin: Client;

beforeAll(async () => {
  idp = await startIdp();
  server = await startServer({
    oidc: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      name: 'Randers Kommune',
      claim: 'groups',
    },
  });
  idp.registerPanel(server.url);
  admin = await server.as('admin');
  for (const mapping of [
    { claimValue: 'grp-viborg-redaktoer', programmeId: 1, role: 'editor' },
    { claimValue: 'grp-randers-bestyrelse', programmeId: 2, role: 'board' },
    { claimValue: 'grp-it-admin', programmeId: null, role: 'admin' },
  ])
    expect((await admin.post('/api/directoryMappings', mapping)).status).toBe(201);
});

afterAll(async () => {
  await server?.close();
  await idp?.close();
});

describe('sign-in at the organisation', () => {
  it('makes the user just in time, with the memberships the groups map to', async () => {
    idp.accounts.set('sub-mette', {
      preferred_username: 'mette@randers.dk',
      name: 'Mette Lund',
      groups: ['grp-viborg-redaktoer', 'grp-uden-kobling'],
    });
    const { landed, client } = await signIn(server.url, 'sub-mette');
    expect(landed).toBe('/');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: 'mette@randers.dk',
      fullName: 'Mette Lund',
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
    });
  });
});
