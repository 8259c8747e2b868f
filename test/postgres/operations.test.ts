import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/server/store/postgres/schema';
import { fixture } from '../support/fixture';
import { freshDatabase, haltCluster, resumeCluster, startCluster, stopCluster } from '../support/postgres';
import { runScript, startServerProcess } from '../support/process';
import { Client, PASSWORD, startServer } from '../support/server';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `beredskab-${name}-`));
  dirs.push(dir);
  return dir;
};

describe('running on PostgreSQL', () => {
  it('answers the health check with the engine, without a login', async () => {
    const server = await startServer();
    try {
      const res = await new Client(server.url).get('/api/health');
      expect(res).toMatchObject({ status: 200, body: { status: 'ok', engine: 'postgres' } });
    } finally {
      await server.close();
    }
  });

  it('refuses a database made by a newer version, in Danish, and leaves it as it was', async () => {
    const database = await freshDatabase();
    try {
      const first = await startServerProcess({ DATABASE_URL: database.url });
      await first.stop();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
      const before = (await client.query('SELECT count(*) FROM records')).rows[0].count;
      await expect(startServerProcess({ DATABASE_URL: database.url })).rejects.toThrow(
        /Databasen har skemaversion \d+, men denne version af beredskab kender kun version \d+/,
      );
      expect((await client.query('SELECT count(*) FROM records')).rows[0].count).toBe(before);
      await client.end();
    } finally {
      await database.drop();
    }
  });

  it(
    'answers 503 in Danish while the database is down, reconnects by itself and loses nothing',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir('outage');
      fs.rmSync(dir, { recursive: true });
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const url = startCluster(dir, port);
      const server = await startServerProcess({ DATABASE_URL: url });
      try {
        const password = /Adgangskode: (\S+)/.exec(server.output())![1]!;
        const admin = new Client(server.url);
        await admin.post('/api/auth/login', { username: 'admin', password });
        const before = await admin.post('/api/areas', {
          name: 'Før',
          programmeId: 1,
          housingOrganisation: 'X',
        });
        expect(before.status).toBe(201);

        haltCluster(dir);
        const down = await admin.post('/api/areas', {
          name: 'Under',
          programmeId: 1,
          housingOrganisation: 'X',
        });
        expect(down.status).toBe(503);
        expect(down.body.message).toMatch(/^Databasen kan ikke nås lige nu/);
        expect((await new Client(server.url).get('/api/health')).status).toBe(503);

        resumeCluster(dir, port);
        for (let i = 0; (await new Client(server.url).get('/api/health')).status !== 200; i++) {
          expect(i, 'reconnected within 20 s').toBeLessThan(200);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const after = await admin.post('/api/areas', {
          name: 'Efter',
          programmeId: 1,
          housingOrganisation: 'X',
        });
        expect(after.status).toBe(201);
        const names = ((await admin.get('/api/areas')).body as { name: string }[]).map((a) => a.name);
        expect(names).toEqual(expect.arrayContaining(['Før', 'Efter']));
        expect(names).not.toContain('Under');
      } finally {
        await server.stop();
        stopCluster(dir);
      }
    },
  );
});

describe('npm run store', () => {
  it(
    'copies an embedded store into PostgreSQL and back: the same records, users and audit log',
    { timeout: 120_000 },
    async () => {
      // An embedded store with some history: a server run on files, then stopped.
      const from = tempDir('from');
      fs.writeFileSync(path.join(from, 'seed.json'), JSON.stringify(fixture));
      const files = await startServerProcess({
        DATA_DIR: from,
        SEED_FILE: path.join(from, 'seed.json'),
        DATABASE_URL: '',
      });
      const password = /Adgangskode: (\S+)/.exec(files.output())![1]!;
      const admin = new Client(files.url);
      await admin.post('/api/auth/login', { username: 'admin', password });
      await admin.post('/api/users', {
        username: 'flytter',
        role: 'editor',
        memberships: [{ programmeId: 1, role: 'editor' }],
        password: PASSWORD,
      });
      await admin.post('/api/areas', { name: 'Flyttet område', programmeId: 1, housingOrganisation: 'X' });
      await admin.delete('/api/areas/4');
      await files.stop();
      fs.rmSync(path.join(from, 'seed.json'));

      const database = await freshDatabase();
      try {
        const env = { DATABASE_URL: database.url };
        const into = await runScript('scripts/store.ts', ['to-postgres', '--from', from], env);
        expect(into.output).toContain('Kopieret til PostgreSQL');
        expect(into.code).toBe(0);
        const again = await runScript('scripts/store.ts', ['to-postgres', '--from', from], env);
        expect(again).toMatchObject({ code: 1, output: expect.stringContaining('Databasen er ikke tom') });

        // The copy serves as the store did: the same user logs in on PostgreSQL.
        const server = await startServerProcess(env);
        const user = new Client(server.url);
        expect((await user.post('/api/auth/login', { username: 'flytter', password: PASSWORD })).status).toBe(
          200,
        );
        await server.stop();

        const back = tempDir('back');
        const out = await runScript('scripts/store.ts', ['to-files', '--to', back], env);
        expect(out.code).toBe(0);
        const refused = await runScript('scripts/store.ts', ['to-files', '--to', back], env);
        expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('har allerede') });

        const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
        const data = (dir: string) => {
          const { _journal, _lastIds, ...rest } = JSON.parse(read(dir, 'db.json'));
          return rest;
        };
        const users = (dir: string) => JSON.parse(read(dir, 'users.json')).users;
        const audit = (dir: string) =>
          read(dir, 'audit.jsonl')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        // The login on PostgreSQL added to the log and a session: the rest is as it was.
        expect(data(back)).toEqual(data(from));
        // The deleted area's id stays issued.
        expect(JSON.parse(read(back, 'db.json'))._lastIds.areas).toBe(6);
        expect(users(back)).toEqual(users(from));
        expect(audit(back).slice(0, audit(from).length)).toEqual(audit(from));
        expect(audit(back).at(-1)).toMatchObject({ action: 'login', username: 'flytter' });
      } finally {
        await database.drop();
      }
    },
  );
});
