import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/domain/resources';
import { createLogger } from '../../src/server/log/logger';
import { CONFIDENTIAL_FIELDS } from '../../src/server/log/redaction';
import { fixture } from '../support/fixture';
import { ENGINE, freshDatabase } from '../support/postgres';
import { startServerProcess, type Running } from '../support/process';
import { Client, listQuery, type Reply } from '../support/server';

/**
 * The server's log as an operator's collector reads it: its stdout, one JSON object a line,
 * apart from the first start's block for the person at the terminal. A request is followed by
 * its id; what users wrote, their passwords and sessions, never reach it.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Logged {
  server: Running;
  password: string;
  /** Every JSON line so far, the first start's block left out. */
  lines(): Record<string, unknown>[];
  /** The raw output, the block left out: what must not hold a secret. */
  text(): string;
  /** The line of the request with this id, once the server has written it. */
  lineOf(reqId: string): Promise<Record<string, unknown>>;
}

/** The first start's block (index.ts): a blank line, the lines indented, two blank lines. */
const FIRST_START = /\n {2}Første start:[^\n]*\n(?: {2}[^\n]*\n)+\n/;

async function start(env: Record<string, string>): Promise<Logged> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-logs-'));
  const seedFile = path.join(dataDir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(fixture));
  const database = ENGINE === 'postgres' ? await freshDatabase() : undefined;
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    SEED_FILE: seedFile,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  cleanups.push(async () => {
    await server.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const password = /Adgangskode: (\S+)/.exec(server.output())![1]!;
  const text = () => server.output().replace(FIRST_START, '');
  const lines = () =>
    text()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`not a JSON line: ${line}`);
        }
      });
  return {
    server,
    password,
    lines,
    text,
    async lineOf(reqId) {
      for (let i = 0; i < 100; i++) {
        const line = lines().find((l) => l.reqId === reqId && 'status' in l);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no line for request ${reqId}:\n${text()}`);
    },
  };
}

const idOf = (reply: Reply) => reply.headers.get('x-request-id')!;

async function loggedIn(logged: Logged): Promise<Client> {
  const admin = new Client(logged.server.url);
  const login = await admin.post('/api/auth/login', { username: 'admin', password: logged.password });
  expect(login.status).toBe(200);
  return admin;
}

describe('the log', { timeout: 120_000 }, () => {
  it('is one JSON object a line, each request with its id, its route pattern and no secret', async () => {
    const logged = await start({ LOG_LEVEL: 'info' });
    expect(logged.server.output()).toMatch(FIRST_START);
    const admin = await loggedIn(logged);
    const token = admin.cookie.split('=')[1]!;
    expect(token.length).toBeGreaterThan(20);

    const marker = `Fortroligt-${crypto.randomUUID()}`;
    const yesterday = new Date(Date.now() - 86_400_000);
    const created = await admin.post('/api/incidents', {
      programmeId: 2,
      areaId: 5,
      occurredAt: yesterday.toISOString(),
      level: 'red',
      category: 'fights',
      activatedBy: 'police',
      description: `Slåskamp ved cykelskuret ${marker}`,
      confidentialNotes: `Anmelder: ${marker}`,
      status: 'open',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const shown = await admin.get(`/api/incidents/${id}`);
    expect(shown.body.confidentialNotes).toContain(marker);
    const edited = await admin.put(`/api/incidents/${id}`, {
      ...shown.body,
      confidentialNotes: `Rettet: ${marker}`,
    });
    expect(edited.status).toBe(200);
    // Searched as the panel does (filter.q) and as a hand-typed URL would (?q=).
    const searched = await admin.get(`/api/incidents${listQuery({ filter: { q: marker } })}`);
    expect(searched.body.map((i: { id: number }) => i.id)).toEqual([id]);
    const typed = await admin.get(`/api/incidents?q=${encodeURIComponent(marker)}&filter={}`);
    expect(typed.status).toBeLessThan(500);
    const exported = await admin.get(
      `/api/exports/status-report.xlsx?programmeId=2&year=${yesterday.getFullYear()}`,
    );
    expect(exported.status).toBe(200);
    const missing = await admin.get(`/api/incidents/987654321?q=${marker}`);
    expect(missing.status).toBe(404);
    // A wrong password, a bearer token and a stranger's cookie: none may be written down.
    const wrongPassword = `forkert-${crypto.randomUUID()}`;
    const refused = await new Client(logged.server.url).post('/api/auth/login', {
      username: 'admin',
      password: wrongPassword,
    });
    expect(refused.status).toBe(401);
    const bearer = `token-${crypto.randomUUID()}`;
    const strangerCookie = `cookie-${crypto.randomUUID()}`;
    const withHeaders = await new Client(logged.server.url).request('GET', '/api/health', undefined, {
      authorization: `Bearer ${bearer}`,
      cookie: `beredskab_session=${strangerCookie}`,
      // Not behind a trusted proxy: a made-up id is not taken.
      'x-request-id': 'plantet-id',
    });
    expect(withHeaders.status).toBe(200);
    expect(idOf(withHeaders)).not.toBe('plantet-id');
    expect(idOf(withHeaders)).toMatch(/^[0-9a-f-]{36}$/);

    const replies = [created, shown, edited, searched, typed, exported, missing, refused, withHeaders];
    const ids = replies.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    const requestLines = await Promise.all(ids.map((reqId) => logged.lineOf(reqId)));
    expect(requestLines.map((l) => [l.method, l.route, l.status])).toEqual([
      ['POST', '/api/incidents', 201],
      ['GET', '/api/incidents/:id', 200],
      ['PUT', '/api/incidents/:id', 200],
      ['GET', '/api/incidents', 200],
      ['GET', '/api/incidents', typed.status],
      ['GET', '/api/exports/status-report.xlsx', 200],
      ['GET', '/api/incidents/:id', 404],
      ['POST', '/api/auth/login', 401],
      ['GET', '/api/health', 200],
    ]);
    for (const line of requestLines) {
      expect(typeof line.ms).toBe('number');
      expect(Object.keys(line).sort()).toEqual(
        expect.arrayContaining(['level', 'time', 'msg', 'reqId', 'method', 'route', 'status', 'ms']),
      );
    }
    // The user is read when the request is answered, after the session has put it on the request.
    expect(requestLines.slice(0, 7).map((l) => l.userId)).toEqual(Array(7).fill(1));
    expect(requestLines.slice(7).map((l) => l.userId)).toEqual([undefined, undefined]);

    const lines = logged.lines();
    expect(lines.length).toBeGreaterThan(requestLines.length);
    for (const line of lines.filter((l) => 'status' in l)) expect(line.reqId).toEqual(expect.any(String));
    expect(lines.some((l) => String(l.msg).startsWith('beredskab kører på'))).toBe(true);
    const text = logged.text();
    for (const secret of [marker, logged.password, token, wrongPassword, bearer, strangerCookie, '987654321'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('?');
  });

  it("takes a trusted proxy's X-Request-Id when it looks sane, and makes one otherwise", async () => {
    const logged = await start({ LOG_LEVEL: 'info', TRUST_PROXY: 'loopback' });
    const client = new Client(logged.server.url);
    const asked = (id: string) => client.request('GET', '/api/health', undefined, { 'x-request-id': id });

    const sane = await asked('proxy-7f3a.19_b');
    expect(idOf(sane)).toBe('proxy-7f3a.19_b');
    expect((await logged.lineOf('proxy-7f3a.19_b')).route).toBe('/api/health');
    for (const odd of ['to ord', '{"level":60}', 'x'.repeat(200), 'æøå']) {
      const reply = await asked(odd);
      expect(idOf(reply), odd).toMatch(/^[0-9a-f-]{36}$/);
      await logged.lineOf(idOf(reply));
    }
    const made = await client.get('/api/health');
    expect(idOf(made)).toMatch(/^[0-9a-f-]{36}$/);
    await logged.lineOf(idOf(made));
    expect(logged.text()).not.toContain('to ord');
  });

  it('writes no request lines at LOG_LEVEL=warn, and still says where it listens', async () => {
    const logged = await start({ LOG_LEVEL: 'warn' });
    const admin = await loggedIn(logged);
    const reply = await admin.get('/api/incidents/1');
    expect(reply.status).toBe(200);
    // The request id is still made and answered, just not written.
    expect(idOf(reply)).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = logged.lines();
    expect(lines.filter((l) => 'status' in l)).toEqual([]);
    expect(lines.some((l) => String(l.msg).startsWith('beredskab kører på'))).toBe(true);
    expect(logged.text()).not.toContain(idOf(reply));
  });
});

describe('the redaction list', () => {
  const written: string[] = [];
  const log = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString('utf8'));
        done();
      },
    }),
  );

  it("holds every resource's confidential fields, from their one declaration", () => {
    const declared = Object.values(RESOURCES).flatMap((def) => def.confidential);
    expect(declared.length).toBeGreaterThan(0);
    expect([...CONFIDENTIAL_FIELDS].sort()).toEqual([...new Set(declared)].sort());
  });

  it('censors secrets and confidential fields at the top of a line and two levels down', () => {
    const secret = (what: string) => `hemmelig-${what}-${crypto.randomUUID()}`;
    const values: string[] = [];
    const entry = (names: readonly string[]) =>
      Object.fromEntries(
        names.map((name) => {
          const value = secret(name);
          values.push(value);
          return [name, value];
        }),
      );
    const names = [
      ...CONFIDENTIAL_FIELDS,
      'password',
      'newPassword',
      'passwordHash',
      'token',
      'secret',
      'cookie',
      'authorization',
      'set-cookie',
      'body',
      'q',
    ];
    written.length = 0;
    log.info({ ...entry(names), req: { ...entry(names), headers: entry(names) } }, 'prøve');
    log.error({ err: Object.assign(new Error('fejl'), { detail: entry(names) }) }, 'prøve');
    const text = written.join('');
    expect(text).toContain('[skjult]');
    expect(text).toContain('prøve');
    for (const value of values) expect(text).not.toContain(value);
  });
});
