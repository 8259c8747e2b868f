import fs from 'node:fs';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../src/domain/access';
import { sessionIdOf } from '../../src/server/http/sessions';
import { Client, PASSWORD, startServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const STEP_MS = 30_000;

/** The code an authenticator app shows `steps` time steps from now. */
const codeAt = (secret: string, steps = 0) =>
  TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + steps * STEP_MS,
  });

/** Waits past a step's last second, so codes made for "now ± 1" stay within the server's window. */
async function awayFromStepEdge() {
  const left = STEP_MS - (Date.now() % STEP_MS);
  if (left < 2_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const EDITOR: Membership[] = [{ programmeId: 1, role: 'editor' }];
let counter = 0;
const fresh = (name: string) => `${name}${++counter}`;

interface Enrolled {
  username: string;
  id: number;
  secret: string;
  recoveryCodes: string[];
  /** The session that enrolled. */
  client: Client;
}

/**
 * A new user who sets up a second factor, confirmed with the code of the step before now,
 * so the codes of now and of the next step are still theirs to use.
 */
async function enrolled(name: string, memberships: Membership[] | 'admin' = EDITOR): Promise<Enrolled> {
  const username = fresh(name);
  const client = await server.member(username, memberships);
  const { id } = (await client.get('/api/auth/me')).body;
  const enrol = await client.post('/api/auth/totp/enrol', {});
  expect(enrol.status).toBe(200);
  await awayFromStepEdge();
  const confirm = await client.post('/api/auth/totp/confirm', { code: codeAt(enrol.body.secret, -1) });
  expect(confirm.status).toBe(200);
  return { username, id, secret: enrol.body.secret, recoveryCodes: confirm.body.recoveryCodes, client };
}

/** Password right: a session waiting for the code. */
async function waiting(username: string): Promise<Client> {
  const client = server.anonymous();
  const res = await client.post('/api/auth/login', { username, password: PASSWORD });
  expect(res).toMatchObject({ status: 200, body: { secondFactor: 'required' } });
  return client;
}

async function audited(action: string, recordId?: number) {
  const { audit } = await server.persisted();
  return audit.filter((e) => e.action === action && (recordId === undefined || e.recordId === recordId));
}

describe('enrolment', () => {
  it('gives a secret and its otpauth URI, confirmed by a first code; ten recovery codes once', async () => {
    const username = fresh('lene');
    const client = await server.member(username, EDITOR);
    const enrol = await client.post('/api/auth/totp/enrol', {});
    expect(enrol.status).toBe(200);
    const { secret, uri } = enrol.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(uri);
    expect(url.protocol).toBe('otpauth:');
    expect(uri).toMatch(new RegExp(`^otpauth://totp/Beredskab:${username}\\?`));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      issuer: 'Beredskab',
      secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });

    // Not yet on: a wrong code does not turn it on, a later sign-in asks for no code.
    const wrong = await client.post('/api/auth/totp/confirm', { code: codeAt(secret, 5) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.code).toBe('Forkert kode');
    const plain = await server.anonymous().post('/api/auth/login', { username, password: PASSWORD });
    expect(plain.body).toMatchObject({ username });

    const confirm = await client.post('/api/auth/totp/confirm', { code: codeAt(secret) });
    expect(confirm.status).toBe(200);
    const codes: string[] = confirm.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    const status = await client.get('/api/auth/totp');
    expect(status.body).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect((await client.post('/api/auth/totp/enrol', {})).status).toBe(409);
    const me = (await client.get('/api/auth/me')).body;
    const listed = await (await server.as('admin')).get(`/api/users/${me.id}`);
    expect(listed.body).toMatchObject({ source: 'local', secondFactor: true });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(await audited('secondFactorEnrol', me.id)).toHaveLength(1);
  });

  it('keeps the secret sealed: no file of the data directory, backups included, nor a table holds it in clear', async () => {
    const user = await enrolled('forsegl');
    // A second secret waiting for its first code is sealed too.
    const halfway = await server.member(fresh('halvvejs'), EDITOR);
    const pending = (await halfway.post('/api/auth/totp/enrol', {})).body.secret as string;
    await server.store.snapshot('test');

    const secrets = [user.secret, pending, ...user.recoveryCodes];
    const { text, users } = await server.persisted();
    expect(users.find((u) => u.username === user.username).totp.secret).toMatch(/^v1\./);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const files = (fs.readdirSync(server.dataDir, { recursive: true }) as string[])
      .map((f) => path.join(server.dataDir, f))
      .filter((f) => fs.statSync(f).isFile());
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const content = fs.readFileSync(file, 'utf8');
      for (const secret of secrets) expect(content, file).not.toContain(secret);
    }
    // The key itself lies beside the data, for the server's user alone, outside every snapshot.
    const keyFile = path.join(server.dataDir, 'secret.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = fs.readFileSync(keyFile, 'utf8').trim();
    for (const file of files.filter((f) => f !== keyFile))
      expect(fs.readFileSync(file, 'utf8'), file).not.toContain(key);
  });

  it('is for local users; a user not covered by the policy may turn it off with a code', async () => {
    const user = await enrolled('fravalg');
    const wrong = await user.client.post('/api/auth/totp/disable', { code: '000000' });
    expect(wrong.status).toBe(400);
    await awayFromStepEdge();
    const off = await user.client.post('/api/auth/totp/disable', { code: codeAt(user.secret) });
    expect(off.status).toBe(200);
    expect((await user.client.get('/api/auth/totp')).body.enabled).toBe(false);
    const login = await server
      .anonymous()
      .post('/api/auth/login', { username: user.username, password: PASSWORD });
    expect(login.body).toMatchObject({ username: user.username });
    expect(await audited('secondFactorRemove', user.id)).toHaveLength(1);
  });
});

describe('sign-in with a second factor', () => {
  it('answers "required" after the password; the waiting session reaches nothing but verify and logout', async () => {
    const user = await enrolled('vagt');
    const client = server.anonymous();
    const login = await client.post('/api/auth/login', { username: user.username, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ secondFactor: 'required' });
    const waitingCookie = client.cookie;
    for (const [method, url] of [
      ['GET', '/api/incidents'],
      ['GET', '/api/auth/me'],
      ['GET', '/api/auth/sessions'],
      ['GET', '/api/auth/totp'],
      ['POST', '/api/auth/totp/enrol'],
      ['POST', '/api/auth/totp/confirm'],
      ['POST', '/api/auth/password'],
      ['GET', '/api/users'],
      ['GET', '/api/settings'],
    ] as const) {
      const res = await client.request(method, url, method === 'GET' ? undefined : {});
      expect(res.status, `${method} ${url}`).toBe(401);
    }

    expect((await client.post('/api/auth/totp/verify', { code: '123' })).status).toBe(400);
    const wrong = await client.post('/api/auth/totp/verify', { code: codeAt(user.secret, 4) });
    expect(wrong).toMatchObject({ status: 400, body: { errors: { code: 'Forkert kode' } } });
    const right = await client.post('/api/auth/totp/verify', { code: codeAt(user.secret) });
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ id: user.id, username: user.username, role: 'editor' });
    // Answered like a login: with the programmes the dashboard starts on.
    expect(right.body.dashboard.programmes.map((p: { id: number }) => p.id).sort()).toEqual(
      EDITOR.map((m) => m.programmeId).sort(),
    );
    // A new token for the full session: the one from before the code is worth nothing.
    expect(client.cookie).not.toBe(waitingCookie);
    expect((await client.get('/api/incidents')).status).toBe(200);
    const stale = server.anonymous();
    stale.cookie = waitingCookie;
    expect((await stale.get('/api/incidents')).status).toBe(401);
    expect((await stale.post('/api/auth/totp/verify', { code: codeAt(user.secret, 1) })).status).toBe(401);
    expect(await audited('secondFactorFailed', user.id)).toHaveLength(1);
  });

  it('lets a waiting session log out', async () => {
    const user = await enrolled('afbryd');
    const client = await waiting(user.username);
    expect((await client.post('/api/auth/logout', {})).status).toBe(200);
    expect((await client.post('/api/auth/totp/verify', { code: codeAt(user.secret) })).status).toBe(401);
  });

  it('accepts a code’s time step once: the same code again is refused, also when raced', async () => {
    const user = await enrolled('gentag');
    const first = await waiting(user.username);
    const code = codeAt(user.secret);
    expect((await first.post('/api/auth/totp/verify', { code })).status).toBe(200);
    const again = await waiting(user.username);
    expect((await again.post('/api/auth/totp/verify', { code })).status).toBe(400);
    // The step before is older than the one used: refused too.
    expect((await again.post('/api/auth/totp/verify', { code: codeAt(user.secret, -1) })).status).toBe(400);

    const racers = await Promise.all([
      waiting(user.username),
      waiting(user.username),
      waiting(user.username),
    ]);
    const next = codeAt(user.secret, 1);
    const answers = await Promise.all(racers.map((c) => c.post('/api/auth/totp/verify', { code: next })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400]);
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const user = await enrolled('papir');
    const [first, second] = user.recoveryCodes as [string, string];
    const a = await waiting(user.username);
    const used = await a.post('/api/auth/totp/verify', { recoveryCode: first });
    expect(used.status).toBe(200);
    expect((await a.get('/api/auth/totp')).body.recoveryCodesLeft).toBe(9);
    const b = await waiting(user.username);
    const reused = await b.post('/api/auth/totp/verify', { recoveryCode: first });
    expect(reused).toMatchObject({ status: 400, body: { errors: { recoveryCode: 'Forkert kode' } } });
    const typed = ` ${second.replace('-', ' ').toUpperCase()} `;
    expect((await b.post('/api/auth/totp/verify', { recoveryCode: typed })).status).toBe(200);
    expect(await audited('recoveryCodeUsed', user.id)).toHaveLength(2);
    // Another user's code is no code of this one's.
    const other = await enrolled('andenpapir');
    const c = await waiting(other.username);
    expect((await c.post('/api/auth/totp/verify', { recoveryCode: user.recoveryCodes[2] })).status).toBe(400);
  });

  it('throttles wrong codes as wrong passwords: five tries, then 429 with Retry-After, parallel or not', async () => {
    const user = await enrolled('gæt');
    const clients = await Promise.all(Array.from({ length: 3 }, () => waiting(user.username)));
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        clients[i % 3]!.post('/api/auth/totp/verify', { code: String(100000 + i) }),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const refused = guesses.find((g) => g.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/^For mange forkerte koder/);
    // Locked: even the right code waits.
    const right = await clients[0]!.post('/api/auth/totp/verify', { code: codeAt(user.secret) });
    expect(right.status).toBe(429);
    // Refused while locked: counted in memory, not stored one by one (one entry per lockout, after it).
    expect(await audited('secondFactorRefused', user.id)).toHaveLength(0);
  });
});

describe('a secret the server’s key cannot open', () => {
  it('is said, not guessed at: sealed for another user, it opens for nobody', async () => {
    const [a, b] = [await enrolled('nøgleA'), await enrolled('nøgleB')];
    const userA = server.store.all('users').find((u) => u.id === a.id)!;
    const userB = server.store.all('users').find((u) => u.id === b.id)! as any;
    // Another user's sealed secret copied in, as from a tampered store: bound to B, it does not open for A.
    await server.store.commit({
      decide: () => ({
        ops: [{ op: 'put', coll: 'users', record: { ...userA, totp: { ...userB.totp } } }],
        audit: [],
        result: undefined,
      }),
    });
    const client = await waiting(a.username);
    const res = await client.post('/api/auth/totp/verify', { code: codeAt(b.secret) });
    expect(res.status).toBe(500);
    expect(res.body.message).toMatch(/kan ikke læses med serverens nøgle \(SECRET_KEY\)/);
    expect((await client.get('/api/incidents')).status).toBe(401);
  });
});

describe('an administrator’s reset', () => {
  it('removes the factor, audited; the user’s sessions end and they enrol again', async () => {
    const user = await enrolled('mistet', [{ programmeId: 2, role: 'editor' }]);
    expect((await user.client.get('/api/incidents')).status).toBe(200);
    const editor = await server.as('editor');
    expect((await editor.delete(`/api/users/${user.id}/totp`)).status).toBe(403);
    const otherAdmin = await server.member(fresh('pa'), [{ programmeId: 1, role: 'programmeAdmin' }]);
    expect((await otherAdmin.delete(`/api/users/${user.id}/totp`)).status).toBe(404);
    expect((await otherAdmin.delete('/api/users/1/totp')).status).toBe(404);

    const ownAdmin = await server.member(fresh('pa'), [{ programmeId: 2, role: 'programmeAdmin' }]);
    const reset = await ownAdmin.delete(`/api/users/${user.id}/totp`);
    expect(reset.status).toBe(200);
    expect((await user.client.get('/api/incidents')).status).toBe(401);
    const [entry] = await audited('secondFactorReset', user.id);
    expect(entry.changes).toEqual({ secondFactor: { before: true, after: false } });
    expect(entry.username).toMatch(/^pa/);
    expect((await ownAdmin.get(`/api/users/${user.id}`)).body.secondFactor).toBe(false);

    const again = server.anonymous();
    const login = await again.post('/api/auth/login', { username: user.username, password: PASSWORD });
    expect(login.body).toMatchObject({ username: user.username });
    const enrol = await again.post('/api/auth/totp/enrol', {});
    expect(enrol.status).toBe(200);
    expect(enrol.body.secret).not.toBe(user.secret);
    expect((await again.post('/api/auth/totp/confirm', { code: codeAt(enrol.body.secret) })).status).toBe(
      200,
    );
  });
});

/** A user who signed in through the organisation's directory, as the OIDC callback leaves them. */
async function directorySession(srv: TestServer, username: string): Promise<Client> {
  await srv.member(username, EDITOR);
  const user = srv.store.all('users').find((u) => u.username === username)!;
  const token = `oidc-${username}`;
  const now = Date.now();
  await srv.store.commit({
    decide: () => ({
      ops: [
        { op: 'put', coll: 'users', record: { ...user, source: 'oidc' } },
        {
          op: 'put',
          coll: 'sessions',
          record: { id: sessionIdOf(token), userId: user.id, createdAt: now, lastSeen: now, method: 'oidc' },
        },
      ],
      audit: [],
      result: undefined,
    }),
  });
  const client = srv.anonymous();
  client.cookie = `beredskab_session=${token}`;
  return client;
}

describe('the policy', () => {
  let policed: TestServer;
  beforeAll(async () => {
    policed = await startServer();
  });
  afterAll(() => policed.close());

  it('is the system administrator’s: GET and PUT /api/settings, audited, a Danish 400 for a bad value', async () => {
    const admin = await policed.as('admin');
    expect((await admin.get('/api/settings')).body).toEqual({ secondFactor: 'none' });
    for (const role of ['editor', 'board'] as const) {
      const other = await policed.as(role);
      expect((await other.get('/api/settings')).status).toBe(403);
      expect((await other.put('/api/settings', { secondFactor: 'none' })).status).toBe(403);
    }
    const pa = await policed.member('pa-indstil', [{ programmeId: 1, role: 'programmeAdmin' }]);
    expect((await pa.put('/api/settings', { secondFactor: 'none' })).status).toBe(403);
    const bad = await admin.put('/api/settings', { secondFactor: 'alle' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Ret de markerede felter');
    expect(bad.body.errors.secondFactor).toMatch(/^Ugyldig værdi/);
    expect((await admin.put('/api/settings', {})).body.errors.secondFactor).toBe('Skal udfyldes');
    const put = await admin.put('/api/settings', { secondFactor: 'everyone' });
    expect(put).toMatchObject({ status: 200, body: { secondFactor: 'everyone' } });
    expect((await admin.get('/api/auth/me')).body.secondFactor).toBe('enrol');
    const { audit } = await policed.persisted();
    const entry = audit.find((e) => e.action === 'settingsUpdate');
    expect(entry).toMatchObject({
      username: 'admin',
      resource: 'settings',
      changes: { secondFactor: { before: 'none', after: 'everyone' } },
    });
    // Back, by the store's own door: the administrator has no factor and would meet the gate.
    const { updateSettings } = await import('../../src/server/changes/settings');
    await policed.store.commit(
      updateSettings({ secondFactor: 'none' }, { userId: null, username: 'test', role: null }),
    );
  });

  it('"admins" leads administrators without a factor to enrolment only, open sessions too', async () => {
    const { updateSettings } = await import('../../src/server/changes/settings');
    const system = await policed.member('sys2', 'admin');
    const pa = await policed.member('pa2', [
      { programmeId: 1, role: 'editor' },
      { programmeId: 2, role: 'programmeAdmin' },
    ]);
    const editor = await policed.as('editor');
    await policed.store.commit(
      updateSettings({ secondFactor: 'admins' }, { userId: null, username: 'test', role: null }),
    );

    for (const client of [system, pa]) {
      const blocked = await client.get('/api/incidents');
      expect(blocked.status).toBe(403);
      expect(blocked.body).toEqual({
        message: 'Slå totrinsbekræftelse til, før du fortsætter',
        secondFactor: 'enrol',
      });
      for (const [method, url] of [
        ['GET', '/api/users'],
        ['GET', '/api/auth/sessions'],
        ['POST', '/api/auth/password'],
        ['GET', '/api/AUTH/ME/../../incidents'],
        ['GET', '/api/auth/totp/../../incidents'],
        ['GET', '/api/auth/totp/..%2F..%2Fincidents'],
      ] as const)
        expect((await client.request(method, url, method === 'GET' ? undefined : {})).status, url).not.toBe(
          200,
        );
      const me = await client.get('/api/auth/me');
      expect(me).toMatchObject({ status: 200, body: { secondFactor: 'enrol' } });
      expect((await client.get('/api/auth/totp')).body).toMatchObject({ enabled: false, required: true });
    }
    expect((await editor.get('/api/incidents')).status).toBe(200);
    expect((await editor.get('/api/auth/me')).body.secondFactor).toBeUndefined();

    // Signing in again says so; enrolling opens the API to the same session at once.
    const again = policed.anonymous();
    expect((await again.post('/api/auth/login', { username: 'pa2', password: PASSWORD })).body).toEqual({
      secondFactor: 'enrol',
    });
    expect((await again.get('/api/areas')).status).toBe(403);
    const { secret } = (await again.post('/api/auth/totp/enrol', {})).body;
    expect((await again.post('/api/auth/totp/confirm', { code: codeAt(secret) })).status).toBe(200);
    expect((await again.get('/api/areas')).status).toBe(200);
    expect((await again.get('/api/auth/me')).body.secondFactor).toBeUndefined();
    // The factor is not to be turned off while the policy asks for it.
    expect((await again.post('/api/auth/totp/disable', { code: codeAt(secret, 1) })).status).toBe(403);
    // The other session of the same user, opened before, is through the gate too.
    expect((await pa.get('/api/areas')).status).toBe(200);

    await policed.store.commit(
      updateSettings({ secondFactor: 'everyone' }, { userId: null, username: 'test', role: null }),
    );
    expect((await editor.get('/api/incidents')).status).toBe(403);
    expect((await editor.get('/api/auth/me')).status).toBe(200);
    // The directory asks its own users for a second factor: never the local one.
    const directory = await directorySession(policed, 'kommune');
    expect((await directory.get('/api/incidents')).status).toBe(200);
    expect((await directory.post('/api/auth/totp/enrol', {})).status).toBe(400);
    await policed.store.commit(
      updateSettings({ secondFactor: 'none' }, { userId: null, username: 'test', role: null }),
    );
    expect((await editor.get('/api/incidents')).status).toBe(200);
  });
});
