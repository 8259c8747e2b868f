import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, PASSWORD, type TestServer } from '../support/server';
import { RoundTrip } from '../support/oidcFlow';
import { unreachableIssuer } from '../support/idp';

/** The organisation's identity provider cannot be reached: its issuer is a port nobody listens on. */
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    oidc: {
      issuer: await unreachableIssuer(),
      clientId: 'beredskab',
      clientSecret: 'hemmelig-klient-noegle-til-test-0123456789',
      name: 'Randers Kommune',
      claim: 'groups',
    },
    localLogin: false,
  });
});

afterAll(() => server?.close());

describe('the directory cannot be reached', () => {
  it('sends the browser back to the login page, which says why, and begins no attempt', async () => {
    const trip = new RoundTrip();
    const answer = await trip.request('GET', `${server.url}/api/auth/oidc/login`);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`${server.url}/?oidc=unreachable#/login`);
    expect(trip.jar.has('beredskab_oidc')).toBe(false);
    expect(server.store.all('oidcAttempts')).toHaveLength(0);
    // The login page still offers the organisation's button; the next press tries the provider again.
    expect((await server.anonymous().get('/api/auth/options')).body).toEqual({
      oidc: { name: 'Randers Kommune' },
      localLogin: false,
    });
  });

  it("leaves the system administrators' local sign-in as the way in (LOCAL_LOGIN=false)", async () => {
    const local = (username: string) =>
      server.anonymous().post('/api/auth/login', { username, password: PASSWORD });
    const admin = await local('admin');
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ username: 'admin', role: 'admin' });
    expect((await local('editor')).status).toBe(403);
  });
});
