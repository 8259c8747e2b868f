import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('deeply nested JSON', () => {
  it('is refused with 400 and a Danish message, before anything walks it: 300,000 levels to the login', async () => {
    const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
    const res = await server.anonymous().post('/api/auth/login', deep);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Data er indlejret for dybt');
    // An object as deep, behind the login, and the server is still there for the next request.
    const editor = await server.as('editor');
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect((await editor.post('/api/areas', objects)).status).toBe(400);
    expect((await editor.get('/api/areas')).status).toBe(200);
  });

  it('lets ordinary nesting through, and brackets inside strings count for nothing', async () => {
    const res = await server
      .anonymous()
      .post('/api/auth/login', { username: '[[[[{{{{'.repeat(9), password: 'x' });
    expect(res.status).toBe(401);
  });
});
