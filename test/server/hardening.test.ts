import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_MS, LoginThrottle, WINDOW_MS } from '../../src/server/loginThrottle';
import { PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('transport hardening', () => {
  it('sends security headers on the API and the panel', async () => {
    for (const path of ['/api/auth/me', '/api/areas', '/api/nothing']) {
      const res = await server.anonymous().get(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
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

  it('locks for 15 minutes from the fifth failure, counting failures within 15 minutes', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    const keys = ['user:a', 'ip:1'];
    for (let i = 0; i < 4; i++) throttle.fail(keys);
    expect(throttle.lockedFor(keys)).toBe(0);
    now += WINDOW_MS; // the first four are now too old to count
    throttle.fail(keys);
    expect(throttle.lockedFor(keys)).toBe(0);
    for (let i = 0; i < 4; i++) throttle.fail(keys);
    expect(throttle.lockedFor(keys)).toBe(LOCK_MS);
    expect(throttle.lockedFor(['ip:1'])).toBe(LOCK_MS);
    expect(throttle.lockedFor(['user:b', 'ip:2'])).toBe(0);
    now += LOCK_MS;
    expect(throttle.lockedFor(keys)).toBe(0);
  });

  it('forgets failures after a successful login', () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < 4; i++) throttle.fail(['user:a']);
    throttle.succeed(['user:a']);
    throttle.fail(['user:a']);
    expect(throttle.lockedFor(['user:a'])).toBe(0);
  });
});
