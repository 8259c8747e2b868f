import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../support/postgres';
import { Client, PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('health check', () => {
  it('answers 200 with the engine, without a login, for the load balancer', async () => {
    const res = await server.anonymous().get('/api/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok', engine: ENGINE } });
  });
});

describe('transport hardening', () => {
  it('sends security headers on the API and the panel', async () => {
    for (const path of ['/api/auth/me', '/api/areas', '/api/nothing']) {
      const res = await server.anonymous().get(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    // Answers hold police contacts and notes: no cache between here and the browser keeps them.
    expect((await (await server.as('board')).get('/api/incidents')).headers.get('cache-control')).toBe(
      'no-store',
    );
  });

  it('limits the body size and never answers with a stack trace or a path', async () => {
    const admin = await server.as('admin');
    const huge = await admin.post('/api/areas', { name: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    for (const res of [huge, await admin.request('POST', '/api/areas', '{"a":')]) {
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/at \w+ \(|node_modules|\/src\/|Error:/);
    }
  });
});

// Last: the five failures lock the test client's address too, as they should.
describe('login throttling', () => {
  it('answers 429 after five failed logins for a username, even with the right password', async () => {
    const client = server.anonymous();
    for (let i = 0; i < 5; i++)
      expect(
        (await client.post('/api/auth/login', { username: 'editor', password: `feil-${i}` })).status,
      ).toBe(401);
    const locked = await client.post('/api/auth/login', { username: 'editor', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toBe('For mange mislykkede login-forsøg. Prøv igen om 15 minutter.');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('tells clients apart by X-Forwarded-For, so one guesser does not lock out the others', async () => {
    const proxied = await startServer({ trustProxy: '1' });
    try {
      const from = (address: string) => (username: string, password: string) =>
        new Client(proxied.url).request(
          'POST',
          '/api/auth/login',
          { username, password },
          { 'x-forwarded-for': address },
        );
      const guesser = from('10.0.0.1');
      for (let i = 0; i < 5; i++) expect((await guesser(`ukendt${i}`, 'forkert')).status).toBe(401);
      expect((await guesser('editor', PASSWORD)).status).toBe(429);
      expect((await from('10.0.0.2')('editor', PASSWORD)).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
