import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, listQuery } from '../support/server';
import { ROOT, runScript, startServerProcess } from '../support/process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-start-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The first start's admin password, as it printed it. */
let password: string | undefined;

// Each test starts server processes and scripts: seconds each on an idle machine, many more on a loaded one.
describe('first start on an empty DATA_DIR', { timeout: 120_000 }, () => {
  it('creates the store from the seed and an admin whose password is printed once', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    try {
      password = /Adgangskode: (\S+)/.exec(first.output())?.[1];
      expect(password).toBeDefined();
      const { _demo, ...seed } = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8'));
      const db = JSON.parse(fs.readFileSync(path.join(dataDir, 'db.json'), 'utf8'));
      expect(Object.keys(db)).not.toContain('_demo');
      for (const name of Object.keys(seed)) expect(db[name], name).toHaveLength(seed[name].length);
      expect(db.measurements).toMatchObject(seed.measurements);

      const admin = new Client(first.url);
      expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
      // This start's own day, whatever it is: the demo's recent part stands around it.
      const now = new Date();
      const plans = await admin.get(`/api/actionPlans${listQuery({ filter: { endsSoon: true } })}`);
      expect(plans.body).toHaveLength(1);
      const latest = await admin.get(
        `/api/incidents${listQuery({ filter: { programmeId: 2 }, sort: ['occurredAt', 'DESC'], range: [0, 0] })}`,
      );
      const daysAgo = (now.getTime() - Date.parse(latest.body[0].occurredAt)) / 86_400_000;
      expect(daysAgo).toBeGreaterThan(0);
      expect(daysAgo).toBeLessThan(60);
      const overdue = await admin.get(`/api/incidents${listQuery({ filter: { overdue: true } })}`);
      expect(overdue.body.length).toBeGreaterThan(0);
      const areas = await admin.get('/api/areas');
      expect(areas.body.length).toBe(seed.areas.length);
      const created = await admin.post('/api/areas', {
        name: 'Nyt område',
        programmeId: 1,
        housingOrganisation: 'X',
      });
      expect(created.status).toBe(201);
    } finally {
      await first.stop();
    }

    // Stopped, the server left db.json a json-server database holding every write.
    const stopped = JSON.parse(fs.readFileSync(path.join(dataDir, 'db.json'), 'utf8'));
    expect(stopped.areas.some((a: { name: string }) => a.name === 'Nyt område')).toBe(true);
    expect(fs.statSync(path.join(dataDir, 'journal.jsonl')).size).toBe(0);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain('Adgangskode');
      const admin = new Client(second.url);
      expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
      const areas = (await admin.get('/api/areas')).body as { name: string }[];
      expect(areas.some((a) => a.name === 'Nyt område')).toBe(true);
      expect(fs.readdirSync(dataDir).filter((f) => f.includes('.tmp') || f.startsWith('db.json.'))).toEqual(
        [],
      );
      for (const file of fs.readdirSync(dataDir).filter((f) => fs.statSync(path.join(dataDir, f)).isFile()))
        expect(fs.statSync(path.join(dataDir, file)).mode & 0o777, file).toBe(0o600);
    } finally {
      await second.stop();
    }
  });

  it('adds users from the command line, refusing bad input in Danish', async () => {
    const ok = await runScript(
      'scripts/users.ts',
      ['add', '--username', 'bestyrelse', '--role', 'board', '--password', 'langt-nok-1'],
      { DATA_DIR: dataDir },
    );
    expect(ok.code).toBe(0);
    expect(ok.output).toContain('Oprettet: bestyrelse (board; board i 1, board i 2)');
    const bad = await runScript(
      'scripts/users.ts',
      ['add', '--username', 'x', '--role', 'chef', '--password', 'kort'],
      { DATA_DIR: dataDir },
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('role: Ugyldig værdi');
    const dup = await runScript(
      'scripts/users.ts',
      ['add', '--username', 'bestyrelse', '--role', 'board', '--password', 'langt-nok-1'],
      { DATA_DIR: dataDir },
    );
    expect(dup.output).toContain('findes allerede');

    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const board = new Client(server.url);
      const login = await board.post('/api/auth/login', { username: 'bestyrelse', password: 'langt-nok-1' });
      expect(login.body.role).toBe('board');
      // The user added from the command line is in the audit log, by the command that added it.
      const admin = new Client(server.url);
      expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
      const created = (await admin.get(`/api/auditLog${listQuery({ filter: { action: 'userCreate' } })}`))
        .body;
      expect(created.at(-1)).toMatchObject({ username: 'npm run users', resource: 'users' });
      expect((await board.delete('/api/incidents/1')).status).toBe(403);
    } finally {
      await server.stop();
    }
  });

  it('gives a lost password a way back: reset-password prints a new one once, the old one stops working', async () => {
    const reset = await runScript('scripts/users.ts', ['reset-password', '--username', 'bestyrelse'], {
      DATA_DIR: dataDir,
    });
    expect(reset.code).toBe(0);
    const fresh = /Ny adgangskode for bestyrelse: (\S+)/.exec(reset.output)![1]!;
    expect(fresh.length).toBeGreaterThanOrEqual(16);
    const unknown = await runScript('scripts/users.ts', ['reset-password', '--username', 'ingen'], {
      DATA_DIR: dataDir,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('Ingen bruger hedder "ingen"');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const login = (password: string) =>
        new Client(server.url).post('/api/auth/login', { username: 'bestyrelse', password });
      expect((await login('langt-nok-1')).status).toBe(401);
      expect((await login(fresh)).status).toBe(200);
    } finally {
      await server.stop();
    }
    // A DATA_DIR that does not exist yet is made, not an ENOENT.
    const missingDir = path.join(dataDir, 'ny', 'mappe');
    const add = await runScript(
      'scripts/users.ts',
      ['add', '--username', 'ny', '--role', 'editor', '--password', 'langt-nok-1'],
      { DATA_DIR: missingDir },
    );
    expect(add.output).toContain('Oprettet: ny (editor; editor i 1, editor i 2)');
  });

  it('erases from the command line what the rules say is due, counting first with --dry-run', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const admin = new Client(server.url);
      await admin.post('/api/auth/login', { username: 'admin', password });
      const programme = (await admin.get('/api/programmes/2')).body;
      expect((await admin.put('/api/programmes/2', { ...programme, retentionMonths: 12 })).status).toBe(200);
    } finally {
      await server.stop();
    }
    const count = (output: string) => Number(/(\d+) hændelser/.exec(output)?.[1]);
    const dry = await runScript('scripts/retention.ts', ['--dry-run'], { DATA_DIR: dataDir });
    expect(dry.output).toContain('intet er slettet');
    // Randers' closed incidents with notes more than a year old, as the demo lays them out today.
    expect(count(dry.output)).toBeGreaterThanOrEqual(3);
    const again = await runScript('scripts/retention.ts', ['--dry-run'], { DATA_DIR: dataDir });
    expect(count(again.output)).toBe(count(dry.output));
    const run = await runScript('scripts/retention.ts', [], { DATA_DIR: dataDir });
    expect(run).toMatchObject({ code: 0, output: expect.stringContaining('Fortrolige oplysninger slettet') });
    expect(count(run.output)).toBe(count(dry.output));
    const after = await runScript('scripts/retention.ts', ['--dry-run'], { DATA_DIR: dataDir });
    expect(count(after.output)).toBe(0);
  });
});
