import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Client, listQuery } from '../support/server';
import { runScript, startServerProcess } from '../support/process';

/**
 * Every spawn here (`npm run users`, the server) starts a TypeScript runtime: a second or
 * three on an idle machine, some twenty on a busy 2-core one, where a test of five to seven
 * spawns took close to two minutes. A spawn that has not finished in a minute is stopped and
 * fails with what it printed; a test is given five.
 */
const SPAWN = { timeoutMs: 60_000 };
const SLOW = { timeout: 300_000 };

/**
 * A fresh DATA_DIR of the calling test's own, removed when it ends, with `npm run users` and
 * the server on it: no test reads what another left.
 */
function freshDataDir() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-users-cli-'));
  onTestFinished(() => fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 }));
  return {
    dataDir,
    users: (args: string[]) => runScript('scripts/users.ts', args, { DATA_DIR: dataDir }, SPAWN),
    startServer: () => startServerProcess({ DATA_DIR: dataDir }, [], SPAWN),
  };
}

/** `npm run users -- add` of rikke, with `role` in `programme`. */
const addRikke = (role: string, programme: string) => [
  'add',
  '--username',
  'rikke',
  '--role',
  role,
  '--programme',
  programme,
  '--password',
  'langt-nok-1',
];

/** Logged in on a running server as `username`. */
async function loggedIn(url: string, username: string) {
  const client = new Client(url);
  const login = await client.post('/api/auth/login', { username, password: 'langt-nok-1' });
  expect(login.status).toBe(200);
  return client;
}

describe('npm run users: memberships from the command line', () => {
  it('adds an editor of one programme, who sees that programme only', SLOW, async () => {
    const { users, startServer } = freshDataDir();
    const add = await users([
      'add',
      '--username',
      'rikke',
      '--role',
      'editor',
      '--programme',
      '2',
      '--password',
      'langt-nok-1',
    ]);
    expect(add.code).toBe(0);
    expect(add.output).toContain('Oprettet: rikke (editor; editor i 2)');
    const bad = await users([
      'add',
      '--username',
      'x1',
      '--role',
      'editor',
      '--programme',
      'to',
      '--password',
      'langt-nok-1',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--programme skal være en helhedsplans id');
    const missing = await users([
      'add',
      '--username',
      'x2',
      '--role',
      'editor',
      '--programme',
      '99',
      '--password',
      'langt-nok-1',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('memberships.0.programmeId: Ikke en af dine helhedsplaner');

    const server = await startServer();
    try {
      const rikke = await loggedIn(server.url, 'rikke');
      const me = await rikke.get('/api/auth/me');
      expect(me.body).toMatchObject({ role: 'editor', memberships: [{ programmeId: 2, role: 'editor' }] });
      const programmes = await rikke.get('/api/programmes');
      expect(programmes.body.map((p: { id: number }) => p.id)).toEqual([2]);
      const other = await rikke.get(`/api/incidents${listQuery({ filter: { programmeId: 1 } })}`);
      expect(other.body).toEqual([]);
      expect(other.headers.get('content-range')).toBe('incidents 0-0/0');
      const own = await rikke.get(`/api/incidents${listQuery({ filter: { programmeId: 2 } })}`);
      expect(own.body.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  it('grants and revokes a programme, leaving the others as they were', SLOW, async () => {
    const { users, startServer } = freshDataDir();
    const add = await users(addRikke('editor', '2'));
    expect(add.code).toBe(0);
    expect(add.output).toContain('Oprettet: rikke (editor; editor i 2)');
    const grant = await users(['grant', '--username', 'rikke', '--programme', '1', '--role', 'board']);
    expect(grant.code).toBe(0);
    expect(grant.output).toContain('rikke: board i 1, editor i 2');
    const revoke = await users(['revoke', '--username', 'rikke', '--programme', '2']);
    expect(revoke.code).toBe(0);
    expect(revoke.output).toContain('rikke: board i 1');
    const list = await users(['list']);
    expect(list.output).toMatch(/rikke\tboard i 1\taktiv/);
    expect((await users(['grant', '--username', 'rikke', '--programme', '1'])).output).toContain(
      'Angiv --role',
    );
    expect(
      (await users(['grant', '--username', 'ingen', '--programme', '1', '--role', 'board'])).output,
    ).toContain('Ingen bruger hedder "ingen"');

    const server = await startServer();
    try {
      const rikke = await loggedIn(server.url, 'rikke');
      const programmes = await rikke.get('/api/programmes');
      expect(programmes.body.map((p: { id: number }) => p.id)).toEqual([1]);
      // Board in programme 1 now: reads, never writes, never the confidential notes.
      const incidents = await rikke.get('/api/incidents');
      expect(incidents.body.length).toBeGreaterThan(0);
      for (const incident of incidents.body) {
        expect(incident.programmeId).toBe(1);
        expect(incident).not.toHaveProperty('confidentialNotes');
      }
      expect((await rikke.put(`/api/incidents/${incidents.body[0].id}`, { description: 'x' })).status).toBe(
        403,
      );
    } finally {
      await server.stop();
    }
  });

  it(
    'upgrades an install from before memberships: every user keeps every programme, audited',
    SLOW,
    async () => {
      const { dataDir, users, startServer } = freshDataDir();
      // rikke as the test before this one used to leave her, in files a server stopped on: her
      // in users.json and nothing in the journal that a start would replay over the edit below.
      const add = await users(addRikke('board', '1'));
      expect(add.code).toBe(0);
      expect(add.output).toContain('Oprettet: rikke (board; board i 1)');
      await (await startServer()).stop();

      // users.json as an older version wrote it: roles, no memberships.
      const file = path.join(dataDir, 'users.json');
      const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(fs.statSync(path.join(dataDir, 'journal.jsonl')).size).toBe(0);
      for (const user of stored.users) {
        delete user.memberships;
        if (user.username === 'rikke') user.role = 'editor';
      }
      fs.writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
      const chef = await users(['add', '--username', 'chef', '--role', 'admin', '--password', 'langt-nok-1']);
      expect(chef.code).toBe(0);
      expect(chef.output).toContain('Oprettet: chef (admin; systemadministrator)');

      const server = await startServer();
      try {
        const rikke = await loggedIn(server.url, 'rikke');
        expect((await rikke.get('/api/auth/me')).body.memberships).toEqual([
          { programmeId: 1, role: 'editor' },
          { programmeId: 2, role: 'editor' },
        ]);
        const admin = await loggedIn(server.url, 'chef');
        expect((await admin.get('/api/programmes')).body).toHaveLength(2);
        const upgraded = await admin.get(
          `/api/auditLog${listQuery({ filter: { username: 'opstart', action: 'userUpdate' } })}`,
        );
        expect(upgraded.body.map((e: { recordId: number }) => e.recordId).sort()).toEqual(
          stored.users.map((u: { id: number }) => u.id).sort(),
        );
      } finally {
        await server.stop();
      }
      // A second start finds nothing left to upgrade.
      const again = await startServer();
      try {
        const admin = await loggedIn(again.url, 'chef');
        const upgraded = await admin.get(
          `/api/auditLog${listQuery({ filter: { username: 'opstart', action: 'userUpdate' } })}`,
        );
        expect(upgraded.body).toHaveLength(stored.users.length);
      } finally {
        await again.stop();
      }
    },
  );
});

describe('npm run users: a lost second factor', () => {
  it(
    'reset-second-factor removes it and ends the sessions; the user signs in with the password alone',
    SLOW,
    async () => {
      const { users, startServer } = freshDataDir();
      expect((await users(addRikke('editor', '1'))).code).toBe(0);
      const server = await startServer();
      let kept: Client;
      try {
        kept = await loggedIn(server.url, 'rikke');
        const enrol = await kept.post('/api/auth/totp/enrol', {});
        expect(enrol.status).toBe(200);
        const code = TOTP.generate({ secret: Secret.fromBase32(enrol.body.secret), digits: 6, period: 30 });
        expect((await kept.post('/api/auth/totp/confirm', { code })).status).toBe(200);
        const asked = await new Client(server.url).post('/api/auth/login', {
          username: 'rikke',
          password: 'langt-nok-1',
        });
        expect(asked.body).toEqual({ secondFactor: 'required' });
      } finally {
        await server.stop();
      }

      const unknown = await users(['reset-second-factor', '--username', 'ingen']);
      expect(unknown.code).toBe(1);
      expect(unknown.output).toContain('Ingen bruger hedder "ingen"');
      const reset = await users(['reset-second-factor', '--username', 'rikke']);
      expect(reset.code).toBe(0);
      expect(reset.output).toContain('rikkes totrinsbekræftelse er nulstillet');

      const again = await startServer();
      try {
        // The session from before is over, and the password alone signs in.
        const before = new Client(again.url);
        before.cookie = kept!.cookie;
        expect(before.cookie).not.toBe('');
        expect((await before.get('/api/auth/me')).status).toBe(401);
        const rikke = await loggedIn(again.url, 'rikke');
        expect((await rikke.get('/api/auth/me')).body).toMatchObject({ username: 'rikke' });
      } finally {
        await again.stop();
      }
    },
  );
});
