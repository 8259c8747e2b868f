import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAuth } from '../../src/server/changes/auth';
import { PASSWORD_LINK_TTL_MS } from '../../src/domain/sessionRules';
import { TEST_NOW, clockFrom } from '../support/clock';
import { Client, startServer, PASSWORD, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';

/** Users invited by mail and "Glemt adgangskode", against a real SMTP server; both engines. */
let smtp: TestSmtp;
let server: TestServer;
let admin: Client;
/** How far the server's clock is put ahead of the test day: the links' 72 hours run on it. */
let ahead = 0;
const testDay = clockFrom(TEST_NOW);

const tokenIn = (text: string) => /\/adgangskode\/([\w-]+)/.exec(text)?.[1];
const login = (username: string, password: string) =>
  server.anonymous().post('/api/auth/login', { username, password });

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({
    clock: () => new Date(testDay().getTime() + ahead),
    mail: { smtpUrl: smtp.url, from: 'Beredskab <beredskab@test.dk>' },
  });
  admin = await server.as('admin');
});

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('an invitation', () => {
  let token: string;

  it('is mailed to a user made without a password, in Danish, with a link to choose one', async () => {
    const created = await admin.post('/api/users', {
      username: 'sofie',
      fullName: 'Sofie Holm',
      email: 'sofie@randers.dk',
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'sofie@randers.dk', invitation: { sent: true } });
    const [received] = await smtp.waitFor(1);
    expect(received!.to).toEqual(['sofie@randers.dk']);
    expect(received!.mail.subject).toBe('Din invitation til Beredskab');
    expect(received!.mail.text).toContain('brugernavnet sofie');
    expect(received!.mail.text).toContain(`${server.url}/adgangskode/`);
    expect(received!.mail.html).toContain('<a href=');
    token = tokenIn(received!.mail.text!)!;
    expect(token).toMatch(/^[\w-]{40,}$/);
    // Without a password chosen, nothing signs in.
    expect((await login('sofie', '')).status).toBe(400);
    // The link is kept as a hash only.
    expect((await server.persisted()).text).not.toContain(token);
  });

  it('sets the password once; the link then is used up', async () => {
    const check = await server.anonymous().post('/api/auth/reset/check', { token });
    expect(check.body).toEqual({ username: 'sofie', fullName: 'Sofie Holm' });
    const weak = await server.anonymous().post('/api/auth/reset', { token, newPassword: 'kort' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors.newPassword).toBe('Adgangskoden skal være mindst 10 tegn');
    const set = await server.anonymous().post('/api/auth/reset', { token, newPassword: 'sofies-egen-kode' });
    expect(set.status).toBe(200);
    expect((await login('sofie', 'sofies-egen-kode')).status).toBe(200);
    const again = await server.anonymous().post('/api/auth/reset', { token, newPassword: 'en-anden-kode-1' });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/brugt eller udløbet/);
    expect((await login('sofie', 'en-anden-kode-1')).status).toBe(401);
  });

  it('two uses at the same moment: one sets the password, the other is refused', async () => {
    smtp.received.length = 0;
    const made = await admin.post('/api/users', {
      username: 'samtidig',
      email: 'samtidig@randers.dk',
      role: 'board',
      memberships: [{ programmeId: 1, role: 'board' }],
    });
    expect(made.status).toBe(201);
    const link = tokenIn((await smtp.waitFor(1))[0]!.mail.text!)!;
    const replies = await Promise.all(
      ['foerste-kode-123', 'anden-kode-12345'].map((newPassword) =>
        server.anonymous().post('/api/auth/reset', { token: link, newPassword }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('needs an e-mail when there is no password, and is said when mail cannot be sent', async () => {
    const none = await admin.post('/api/users', {
      username: 'uden',
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
    });
    expect(none.status).toBe(400);
    expect(none.body.errors.email).toMatch(/e-mail/);
    smtp.refusing = true;
    try {
      const made = await admin.post('/api/users', {
        username: 'afvist',
        email: 'afvist@randers.dk',
        role: 'editor',
        memberships: [{ programmeId: 1, role: 'editor' }],
      });
      expect(made.status).toBe(201);
      expect(made.body.invitation).toMatchObject({ sent: false });
      smtp.refusing = false;
      smtp.received.length = 0;
      const resent = await admin.post(`/api/users/${made.body.id}/password-link`, {});
      expect(resent.status).toBe(200);
      expect((await smtp.waitFor(1))[0]!.to).toEqual(['afvist@randers.dk']);
    } finally {
      smtp.refusing = false;
    }
  });
});

describe('a link older than 72 hours', () => {
  const HOUR = 60 * 60 * 1000;
  const invite = async (username: string) => {
    smtp.received.length = 0;
    const made = await admin.post('/api/users', {
      username,
      email: `${username}@randers.dk`,
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
    });
    expect(made.status).toBe(201);
    return tokenIn((await smtp.waitFor(1))[0]!.mail.text!)!;
  };
  const storedLinks = () => server.store.all('passwordLinks').map((l) => l.userId);
  const userId = (username: string) => server.store.all('users').find((u) => u.username === username)!.id;

  it('is refused, and the sweep removes it while a newer link stays', async () => {
    try {
      const token = await invite('forsinket');
      ahead = PASSWORD_LINK_TTL_MS - HOUR;
      const fresh = await invite('frisk');
      // 71 hours on, the first link still works.
      const check = await server.anonymous().post('/api/auth/reset/check', { token });
      expect(check.status).toBe(200);
      ahead = PASSWORD_LINK_TTL_MS + 1000;
      const late = await server.anonymous().post('/api/auth/reset/check', { token });
      expect(late.status).toBe(400);
      expect(late.body.errors).toEqual({ token: 'Brugt eller udløbet' });
      const reset = await server
        .anonymous()
        .post('/api/auth/reset', { token, newPassword: 'for-sent-kode-1' });
      expect(reset.status).toBe(400);
      expect(reset.body.message).toMatch(/brugt eller udløbet/);
      expect((await login('forsinket', 'for-sent-kode-1')).status).toBe(401);

      expect(storedLinks()).toEqual(expect.arrayContaining([userId('forsinket'), userId('frisk')]));
      // The sweep as the server runs it (at the start and every ten minutes): links on its clock.
      await server.store.commit(sweepAuth(Date.now(), server.clock().getTime()));
      expect(storedLinks()).not.toContain(userId('forsinket'));
      expect(storedLinks()).toContain(userId('frisk'));
      expect(
        (await server.anonymous().post('/api/auth/reset', { token: fresh, newPassword: 'frisk-egen-kode' }))
          .status,
      ).toBe(200);
    } finally {
      ahead = 0;
    }
  });
});

describe('"Glemt adgangskode"', () => {
  it('answers the same for a user who does not exist, and mails one who does', async () => {
    smtp.received.length = 0;
    const unknown = await server.anonymous().post('/api/auth/forgot', { username: 'findes-ikke' });
    const known = await server.anonymous().post('/api/auth/forgot', { username: 'sofie' });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['sofie@randers.dk']);
    expect(mail!.mail.subject).toBe('Ny adgangskode til Beredskab');
    // A user without an e-mail gets nothing, and the answer is the same.
    expect((await server.anonymous().post('/api/auth/forgot', { username: 'editor' })).body).toEqual(
      unknown.body,
    );
  });

  it('ends every session of the user when the new password is set', async () => {
    smtp.received.length = 0;
    const session = await server.anonymous();
    expect(
      (await session.post('/api/auth/login', { username: 'sofie', password: 'sofies-egen-kode' })).status,
    ).toBe(200);
    await server.anonymous().post('/api/auth/forgot', { username: 'sofie' });
    const token = tokenIn((await smtp.waitFor(1))[0]!.mail.text!)!;
    expect(
      (await server.anonymous().post('/api/auth/reset', { token, newPassword: 'helt-ny-kode-99' })).status,
    ).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await login('sofie', 'helt-ny-kode-99')).status).toBe(200);
    const audited = server.store.audit().filter((e) => e.action === 'passwordReset');
    expect(audited.length).toBeGreaterThan(0);
  });

  it('is rate-limited per username and address', async () => {
    const replies = [];
    // From an address of its own: the other tests' asking counts against 127.0.0.1.
    const asker = new Client(server.url, '127.0.0.3');
    for (let i = 0; i < 7; i++) replies.push(await asker.post('/api/auth/forgot', { username: 'board' }));
    expect(replies.slice(0, 5).every((r) => r.status === 202)).toBe(true);
    expect(replies.at(-1)!.status).toBe(429);
    expect(replies.at(-1)!.headers.get('retry-after')).toBeTruthy();
  });

  it('mails nothing for a directory user: the directory owns their password', async () => {
    await server.store.commit({
      decide: (state) => {
        const board = state.all('users').find((u) => u.username === 'board')!;
        return {
          ops: [
            {
              op: 'put',
              coll: 'users',
              record: { ...board, email: 'b@x.dk', source: 'oidc', passwordHash: '' },
            },
          ],
          audit: [],
          result: undefined,
        };
      },
    });
    const id = (server.store.all('users').find((u) => u.username === 'board') as { id: number }).id;
    const res = await admin.post(`/api/users/${id}/password-link`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/organisationens login/);
  });
});

describe('the old way still works', () => {
  it('an administrator may still give a password', async () => {
    const made = await admin.post('/api/users', {
      username: 'med-kode',
      role: 'editor',
      memberships: [{ programmeId: 1, role: 'editor' }],
      password: PASSWORD,
    });
    expect(made.status).toBe(201);
    expect(made.body.invitation).toBeUndefined();
    expect((await login('med-kode', PASSWORD)).status).toBe(200);
  });
});
