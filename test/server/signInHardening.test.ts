import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCK_MS } from '../../src/domain/loginThrottle';
import { MAX_JSON_DEPTH, valueDepth } from '../../src/server/http/jsonDepth';
import { Client, PASSWORD, listQuery, startServer, type TestServer } from '../support/server';

/**
 * Issue 27 §5, the way in hardened: refused logins that filled the disk, a body in another
 * charset that slipped past the depth limit, memberships that kept unknown keys, and a
 * programme administrator who read a user's role in another programme.
 */

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startServer();
  admin = await server.as('admin');
});
afterAll(() => server.close());

/** A body of bytes as they are, with the client's address and cookie: for charsets other than UTF-8. */
function sendBytes(client: Client, method: string, path: string, body: Buffer, contentType: string) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.request(
      client.url + path,
      {
        method,
        localAddress: client.localAddress,
        headers: { 'content-type': contentType, ...(client.cookie ? { cookie: client.cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON: keep the text */
          }
          resolve({ status: res.statusCode!, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * JSON text whose UTF-16 bytes hide its nesting from a counter of UTF-8 bytes: U+2200 is
 * the bytes 00 22 in UTF-16LE, a quote to the counter, so what follows seems a string.
 */
const blinding = (deep: number, before = '') =>
  Buffer.from(`{${before}"x":"\u2200","y":${'['.repeat(deep)}${']'.repeat(deep)}}`, 'utf16le');

const loginAs = async (username: string) => {
  const client = server.anonymous();
  expect((await client.post('/api/auth/login', { username, password: PASSWORD })).status).toBe(200);
  return client;
};

describe('a JSON body in another charset', () => {
  it('is refused with 415 and a Danish message before it is read: 120,000 levels in UTF-16 to the login', async () => {
    const res = await sendBytes(
      server.anonymous(),
      'POST',
      '/api/auth/login',
      blinding(120_000),
      'application/json; charset=utf-16le',
    );
    expect(res.status).toBe(415);
    expect(res.body.message).toBe('Data skal sendes som UTF-8');
    // Any other charset the same way, even one that is no UTF at all; and the server is still there.
    for (const charset of ['utf-16be', 'UTF-32', 'latin1', '"utf-16"'])
      expect(
        (
          await sendBytes(
            server.anonymous(),
            'POST',
            '/api/auth/login',
            Buffer.from('{}'),
            `application/json; charset=${charset}`,
          )
        ).body.message,
        charset,
      ).toBe('Data skal sendes som UTF-8');
    expect((await admin.get('/api/areas')).status).toBe(200);
  });

  it('is fine in UTF-8, named or not', async () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset="UTF-8"',
    ]) {
      const res = await sendBytes(
        server.anonymous(),
        'POST',
        '/api/auth/login',
        Buffer.from(JSON.stringify({ username: 'admin', password: 'forkert-æøå' })),
        contentType,
      );
      expect(res.status, contentType).toBe(401);
    }
  });

  it('stores nothing deep in a user: a programme administrator’s 3,000 levels in memberships are refused in any charset', async () => {
    const programmeAdmin = await server.member('dybde-admin', [{ programmeId: 1, role: 'programmeAdmin' }]);
    await server.member('dybde-bruger', [{ programmeId: 1, role: 'board' }]);
    const id = (await admin.get(`/api/users${listQuery({ filter: { username: 'dybde-bruger' } })}`)).body[0]
      .id;
    const body = `{"memberships":[{"programmeId":1,"role":"editor","x":"\u2200","y":${'['.repeat(3_000)}${']'.repeat(3_000)}}],"fullName":"Dyb"}`;
    const inUtf16 = await sendBytes(
      programmeAdmin,
      'PUT',
      `/api/users/${id}`,
      Buffer.from(body, 'utf16le'),
      'application/json; charset=utf-16le',
    );
    const inUtf8 = await programmeAdmin.request('PUT', `/api/users/${id}`, body);
    // What a restart would read holds the user as before: two keys a membership, nothing deep.
    const persisted = await server.persisted();
    const stored = persisted.users.find((u: any) => u.id === id);
    expect(persisted.text).not.toContain('[[[[[[[[');
    expect(stored.memberships).toStrictEqual([{ programmeId: 1, role: 'board' }]);
    expect(stored.fullName).not.toBe('Dyb');
    expect(inUtf16.status).toBe(415);
    expect(inUtf8.status).toBe(400);
    expect(inUtf8.body.message).toBe('Data er indlejret for dybt');
  });

  it('is measured after parsing too: a value deeper than the limit is found without a stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(valueDepth(deep, MAX_JSON_DEPTH)).toBeGreaterThan(MAX_JSON_DEPTH);
    expect(valueDepth({ a: [1, { b: [] }], c: 'x' }, MAX_JSON_DEPTH)).toBe(4);
    expect(valueDepth([], MAX_JSON_DEPTH)).toBe(1);
    expect(valueDepth('x', MAX_JSON_DEPTH)).toBe(0);
  });
});

describe('memberships with unknown keys', () => {
  it('are stored as exactly {programmeId, role}: "__proto__" and look-alike keys are dropped', async () => {
    const created = await admin.post('/api/users', {
      username: 'ekstra',
      role: 'editor',
      password: PASSWORD,
      memberships: [{ programmeId: 2, role: 'editor' }],
    });
    expect(created.status).toBe(201);
    const raw =
      '{"memberships":[{"programmeId":1,"role":"programmeAdmin","__proto__":{"role":"admin"},"programmeId ":2,"note":[1]}]}';
    const res = await admin.request('PUT', `/api/users/${created.body.id}`, raw);
    expect(res.status).toBe(200);
    expect(res.body.memberships).toStrictEqual([{ programmeId: 1, role: 'programmeAdmin' }]);
    expect(res.body.role).toBe('programmeAdmin');

    const me = await loginAs('ekstra');
    expect((await me.get('/api/auth/me')).body.memberships).toStrictEqual([
      { programmeId: 1, role: 'programmeAdmin' },
    ]);
    const persisted = await server.persisted();
    const stored = persisted.users.find((u: any) => u.id === created.body.id);
    expect(stored.role).toBe('programmeAdmin');
    expect(stored.memberships).toStrictEqual([{ programmeId: 1, role: 'programmeAdmin' }]);
    expect(persisted.text).not.toContain('"programmeId "');
    expect(persisted.text).not.toContain('__proto__');

    // A new user the same.
    const made = await admin.request(
      'POST',
      '/api/users',
      `{"username":"ekstra2","role":"board","password":"${PASSWORD}","memberships":[{"programmeId":2,"role":"board","__proto__":{"role":"admin"},"x":1}]}`,
    );
    expect(made.status).toBe(201);
    expect(made.body.memberships).toStrictEqual([{ programmeId: 2, role: 'board' }]);
  });
});

describe('a programme administrator reading a user of two programmes', () => {
  it('sees and filters the role the user holds in the administrator’s programmes, not another programme’s', async () => {
    await server.member('to-planer', [
      { programmeId: 1, role: 'editor' },
      { programmeId: 2, role: 'programmeAdmin' },
    ]);
    const programmeAdmin = await server.member('plan1-admin', [{ programmeId: 1, role: 'programmeAdmin' }]);
    const id = (await admin.get(`/api/users${listQuery({ filter: { username: 'to-planer' } })}`)).body[0].id;
    expect((await admin.get(`/api/users/${id}`)).body.role).toBe('programmeAdmin');

    const one = await programmeAdmin.get(`/api/users/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.role).toBe('editor');
    expect(one.body.memberships).toEqual([{ programmeId: 1, role: 'editor' }]);
    expect(JSON.stringify(one.body)).not.toContain('programmeAdmin');
    // Nor in the record a conflict answers with.
    const conflict = await programmeAdmin.put(`/api/users/${id}`, { ...one.body, version: 0 });
    expect(conflict.status).toBe(409);
    expect(conflict.body.current).toMatchObject({
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
    });
    expect(JSON.stringify(conflict.body)).not.toContain('programmeAdmin');

    const names = async (filter: object) =>
      (await programmeAdmin.get(`/api/users${listQuery({ filter, range: [0, 999] })}`)).body.map(
        (u: any) => u.username,
      );
    expect(await names({ role: 'programmeAdmin' })).not.toContain('to-planer');
    expect(await names({ role: 'editor' })).toContain('to-planer');
    const all = await programmeAdmin.get(
      `/api/users${listQuery({ sort: ['role', 'ASC'], range: [0, 999] })}`,
    );
    const shown = all.body.find((u: any) => u.username === 'to-planer');
    expect(shown.role).toBe('editor');
    const roles = all.body.map((u: any) => u.role);
    expect(roles).toEqual([...roles].sort());
  });

  it('changes nothing when the user is sent back as shown, without memberships', async () => {
    const third = await admin.post('/api/programmes', {
      name: 'Helhedsplan Tredje',
      municipality: 'Aarhus',
      periodStart: '2022-01-01',
      periodEnd: '2025-12-31',
      funding: { lbf: 100, municipality: null, local: 100 },
      projectYearStartMonth: 1,
    });
    expect(third.status).toBe(201);
    const p3 = third.body.id as number;
    await server.member('tre-planer', [
      { programmeId: 1, role: 'editor' },
      { programmeId: 2, role: 'programmeAdmin' },
      { programmeId: p3, role: 'board' },
    ]);
    const programmeAdmin = await server.member('plan13-admin', [
      { programmeId: 1, role: 'programmeAdmin' },
      { programmeId: p3, role: 'programmeAdmin' },
    ]);
    const id = (await admin.get(`/api/users${listQuery({ filter: { username: 'tre-planer' } })}`)).body[0].id;
    const shown = (await programmeAdmin.get(`/api/users/${id}`)).body;
    expect(shown.role).toBe('editor');
    const { memberships: _, ...back } = shown;
    const res = await programmeAdmin.put(`/api/users/${id}`, { ...back, fullName: 'Tre Planer' });
    expect(res.status).toBe(200);
    expect((await admin.get(`/api/users/${id}`)).body.memberships).toEqual([
      { programmeId: 1, role: 'editor' },
      { programmeId: 2, role: 'programmeAdmin' },
      { programmeId: p3, role: 'board' },
    ]);
  });
});

/** Fires `count` requests, `batch` at a time, and answers every reply. */
async function inBatches<T>(count: number, batch: number, send: (i: number) => Promise<T>): Promise<T[]> {
  const replies: T[] = [];
  for (let i = 0; i < count; i += batch)
    replies.push(
      ...(await Promise.all(Array.from({ length: Math.min(batch, count - i) }, (_, j) => send(i + j)))),
    );
  return replies;
}

// Last in the file: it moves the clock past the lock.
describe('refused tries while a lock holds', () => {
  it('store nothing each: 400 logins and 60 password changes refused add no line, and each lockout is audited once, with its count', async () => {
    // One client guessing at one username; another at a new username each time, its address locked.
    const guesser = () => new Client(server.url, '127.0.0.4');
    const sprayer = () => new Client(server.url, '127.0.0.5');
    for (let i = 0; i < 5; i++) {
      expect(
        (await guesser().post('/api/auth/login', { username: 'ingen', password: `gæt-${i}` })).status,
      ).toBe(401);
      expect(
        (await sprayer().post('/api/auth/login', { username: `navn-${i}`, password: 'gæt' })).status,
      ).toBe(401);
    }
    const user = await server.member('glemsom', [{ programmeId: 1, role: 'editor' }]);
    for (let i = 0; i < 5; i++)
      expect(
        (
          await user.post('/api/auth/password', {
            currentPassword: `gæt-${i}`,
            newPassword: 'nyt-langt-kodeord-1',
          })
        ).status,
      ).toBe(400);

    const before = await server.persisted();
    const logins = await inBatches(300, 50, (i) =>
      guesser().post('/api/auth/login', { username: 'ingen', password: `gæt-igen-${i}` }),
    );
    const sprayed = await inBatches(100, 50, (i) =>
      sprayer().post('/api/auth/login', { username: `navn-igen-${i}`, password: 'gæt' }),
    );
    const changes = await inBatches(60, 20, (i) =>
      user.post('/api/auth/password', { currentPassword: `igen-${i}`, newPassword: 'nyt-langt-kodeord-1' }),
    );
    for (const res of [...logins, ...sprayed, ...changes]) {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const during = await server.persisted();
    expect(during.audit.length - before.audit.length).toBe(0);
    // Nothing else grew either: no journal line, no row (a few bytes of a snapshot's own bookkeeping at most).
    expect(during.text.length - before.text.length).toBeLessThan(500);

    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      vi.setSystemTime(Date.now() + LOCK_MS + 60_000);
      // The next tries after the lock are counted again, and the lockouts' counts are written.
      expect((await guesser().post('/api/auth/login', { username: 'ingen', password: 'gæt' })).status).toBe(
        401,
      );
      expect(
        (
          await user.post('/api/auth/password', {
            currentPassword: 'forkert',
            newPassword: 'nyt-langt-kodeord-1',
          })
        ).status,
      ).toBe(400);
      const added = (await server.persisted()).audit.slice(before.audit.length);
      const refused = (action: string) => added.filter((e: any) => e.action === action);
      expect(refused('loginRefused')).toHaveLength(2);
      expect(refused('loginRefused')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            username: 'ingen',
            changes: expect.objectContaining({ refused: { before: 0, after: 300 } }),
          }),
          expect.objectContaining({
            username: null,
            changes: expect.objectContaining({ refused: { before: 0, after: 100 } }),
          }),
        ]),
      );
      expect(refused('passwordChangeRefused')).toHaveLength(1);
      expect(refused('passwordChangeRefused')[0]).toMatchObject({
        username: 'glemsom',
        changes: { refused: { before: 0, after: 60 } },
      });
      expect(added.length).toBeLessThan(10);
    } finally {
      vi.useRealTimers();
    }
  });
});
