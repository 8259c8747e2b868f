import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/server/store/types';
import { TEST_NOW } from '../support/clock';
import { Client, startServer, type Reply, type TestServer } from '../support/server';

const TOKEN = 'en-lang-tilfaeldig-maalenoegle-til-prometheus';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus's text format, read back: one sample a line, comments aside. */
function samplesOf(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`Not a sample: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, name, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
        labels[name!] = value!;
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

const withLabels = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  withLabels(samples, name, labels).reduce((sum, s) => sum + s.value, 0);

describe('/metrics without METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('is not there: 404 with a token or without', async () => {
    const anonymous = server.anonymous();
    expect((await anonymous.get('/metrics')).status).toBe(404);
    expect(
      (await anonymous.request('GET', '/metrics', undefined, { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(404);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let server: TestServer;
  let admin: Client;
  let editor: Client;
  let staticDir: string;
  // The domain's clock, moved on by a test to let a deadline pass.
  let ahead = 0;
  const start = Date.now();
  const clock = () => new Date(TEST_NOW.getTime() + (Date.now() - start) + ahead);

  const scrape = (authorization?: string): Promise<Reply<string>> =>
    server
      .anonymous()
      .request('GET', '/metrics', undefined, authorization === undefined ? {} : { authorization });
  const metrics = async () => {
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    return samplesOf(res.body);
  };

  beforeAll(async () => {
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>beredskab</title>');
    fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1);');
    server = await startServer({ metricsToken: TOKEN, staticDir, clock });
    admin = await server.as('admin');
    editor = await server.as('editor');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('refuses a wrong token and a missing one with 401', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer forkert', `Basic ${TOKEN}`, TOKEN]) {
      const res = await scrape(authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(String(res.body)).not.toContain('beredskab_');
    }
    // A logged-in user's session is no token either.
    expect((await admin.get('/metrics')).status).toBe(401);
  });

  it('answers the right token with Prometheus text: the process, the requests, the panel', async () => {
    await editor.get('/api/incidents/1');
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'http_request_duration_seconds',
      'beredskab_store_writable',
      'beredskab_disk_free_bytes',
      'beredskab_disk_total_bytes',
      'beredskab_journal_bytes',
      'beredskab_snapshot_duration_seconds',
      'beredskab_outbox_unsent',
      'beredskab_outbox_failed',
      'beredskab_sessions',
      'beredskab_login_refusals',
      'beredskab_incidents_open',
      'beredskab_incidents_overdue',
    ])
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    const samples = samplesOf(text);
    const bucket = withLabels(samples, 'http_request_duration_seconds_bucket', {
      method: 'GET',
      route: '/api/incidents/:id',
      status: '200',
      le: '+Inf',
    });
    expect(bucket).toHaveLength(1);
    expect(bucket[0]!.value).toBeGreaterThanOrEqual(1);
  });

  it('says the store can write, the disk it is on, the journal and the last snapshot', async () => {
    await editor.put('/api/incidents/2', { description: 'Rettet beskrivelse af hændelsen' });
    let samples = await metrics();
    expect(valueOf(samples, 'beredskab_store_writable')).toBe(1);
    const free = valueOf(samples, 'beredskab_disk_free_bytes');
    expect(free).toBeGreaterThan(0);
    expect(valueOf(samples, 'beredskab_disk_total_bytes')).toBeGreaterThanOrEqual(free);
    if (server.store.engine === 'files') {
      expect(valueOf(samples, 'beredskab_journal_bytes')).toBeGreaterThan(0);
      await server.store.snapshot();
      samples = await metrics();
      expect(withLabels(samples, 'beredskab_snapshot_duration_seconds')).toHaveLength(1);
      expect(valueOf(samples, 'beredskab_snapshot_duration_seconds')).toBeGreaterThan(0);
    } else {
      // PostgreSQL keeps no journal of its own and takes no snapshots.
      expect(valueOf(samples, 'beredskab_journal_bytes')).toBe(0);
      expect(valueOf(samples, 'beredskab_snapshot_duration_seconds')).toBe(0);
    }
  });

  it('counts open incidents by programme and level, and the overdue ones, as the clock moves', async () => {
    const before = await metrics();
    const open = (samples: Sample[]) =>
      valueOf(samples, 'beredskab_incidents_open', { programme_id: '2', level: 'red' });
    const overdue = (samples: Sample[]) =>
      valueOf(samples, 'beredskab_incidents_overdue', { programme_id: '2' });
    // Every programme and level is there, 0 when none is open.
    for (const id of ['1', '2'])
      for (const level of ['green', 'yellow', 'red'])
        expect(withLabels(before, 'beredskab_incidents_open', { programme_id: id, level })).toHaveLength(1);
    const created = await editor.post('/api/incidents', {
      programmeId: 2,
      areaId: 5,
      occurredAt: clock().toISOString(),
      level: 'red',
      category: 'vandalism',
      policeCase: true,
      activatedBy: 'police',
      description: 'Brand i en container',
    });
    expect(created.status).toBe(201);
    const after = await metrics();
    expect(open(after)).toBe(open(before) + 1);
    expect(overdue(after)).toBe(overdue(before));

    // A red incident's group meets within 24 hours: a day later, with no meeting, it is overdue.
    ahead = 25 * 3_600_000;
    const late = await metrics();
    expect(overdue(late)).toBe(overdue(before) + 1);
    // A meeting held (late) is no longer awaited; closed, it is no longer open.
    await editor.put(`/api/incidents/${created.body.id}`, { meetingHeldAt: clock().toISOString() });
    expect(overdue(await metrics())).toBe(overdue(before));
    await editor.put(`/api/incidents/${created.body.id}`, { status: 'closed' });
    expect(open(await metrics())).toBe(open(before));
    ahead = 0;
    // Labels are ids and levels, never a name or a description.
    const text = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(text).not.toContain('Brand i en container');
    expect(text).not.toContain('Randers');
  });

  it('counts the outbox by channel, the channel read from the record', async () => {
    const before = await metrics();
    const id = server.store.issuedId('notifications') + 1;
    const failed: Change<void> = {
      decide: () => ({
        ops: [
          {
            op: 'put',
            coll: 'notifications',
            record: {
              id,
              version: 1,
              channel: 'sms',
              incidentId: null,
              programmeId: 2,
              participantId: null,
              name: null,
              to: null,
              kind: 'boardBriefing',
              cause: `metrics-test:${id}`,
              status: 'failed',
              attempts: 5,
              lastError: 'no route',
              createdAt: clock().toISOString(),
              sentAt: null,
              nextAttemptAt: null,
              claimedUntil: null,
              replyTokenHash: null,
              reply: null,
              repliedAt: null,
            },
          },
        ],
        audit: [],
        result: undefined,
      }),
    };
    await server.store.commit(failed);
    const after = await metrics();
    expect(valueOf(after, 'beredskab_outbox_failed', { channel: 'sms' })).toBe(
      valueOf(before, 'beredskab_outbox_failed', { channel: 'sms' }) + 1,
    );
    // Mail is always there, 0 or more; without SMTP the call-ins of the red incident above wait unsent.
    expect(withLabels(after, 'beredskab_outbox_unsent', { channel: 'mail' })).toHaveLength(1);
    expect(withLabels(after, 'beredskab_outbox_failed', { channel: 'mail' })).toHaveLength(1);
    expect(valueOf(after, 'beredskab_outbox_unsent', { channel: 'mail' })).toBeGreaterThan(0);
  });

  it('counts live sessions and the login locks, never whose', async () => {
    let samples = await metrics();
    expect(valueOf(samples, 'beredskab_sessions')).toBeGreaterThanOrEqual(2);
    const extra = await server.as('board');
    expect(valueOf(await metrics(), 'beredskab_sessions')).toBe(valueOf(samples, 'beredskab_sessions') + 1);
    await extra.post('/api/auth/logout', {});

    // From an address of its own, so the other tests' logins are not locked out.
    const guesser = new Client(server.url, '127.0.0.3');
    const guesses = [];
    for (let i = 0; i < 6; i++)
      guesses.push(
        (await guesser.post('/api/auth/login', { username: 'gaetter', password: `forkert-${i}` })).status,
      );
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);
    samples = await metrics();
    expect(
      valueOf(samples, 'beredskab_login_refusals', { lock: 'user', state: 'counted' }),
    ).toBeGreaterThanOrEqual(5);
    expect(
      valueOf(samples, 'beredskab_login_refusals', { lock: 'ip', state: 'counted' }),
    ).toBeGreaterThanOrEqual(5);
    expect(
      valueOf(samples, 'beredskab_login_refusals', { lock: 'user', state: 'locked' }),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'beredskab_login_refusals', { state: 'refused' })).toBeGreaterThanOrEqual(1);
    const labels = withLabels(samples, 'beredskab_login_refusals').map((s) => s.labels.lock);
    expect(new Set(labels)).toEqual(new Set(['user', 'ip']));
  });

  it('labels requests by route pattern: the panel’s files, the unmatched, a mount with an id', async () => {
    expect((await server.anonymous().get('/app.js')).status).toBe(200);
    expect((await server.anonymous().get('/hvor/som/helst?x=1')).status).toBe(200);
    expect((await server.anonymous().request('POST', '/ingen/steder', '{}')).status).toBe(404);
    expect((await editor.get('/api/ingen/ressource/her')).status).toBe(404);
    expect((await admin.post('/api/users/987654/directory-link', {})).status).toBe(404);
    const samples = withLabels(await metrics(), 'http_request_duration_seconds_count');
    const routes = (labels: Record<string, string>) =>
      withLabels(samples, 'http_request_duration_seconds_count', labels);
    expect(routes({ method: 'GET', route: 'static', status: '200' })).toHaveLength(1);
    expect(routes({ method: 'POST', route: 'unmatched', status: '404' })).toHaveLength(1);
    expect(routes({ method: 'GET', route: 'unmatched', status: '404' })).toHaveLength(1);
    expect(routes({ method: 'POST', route: '/api/users/:id/directory-link', status: '404' })).toHaveLength(1);
    expect(routes({ method: 'POST', route: '/api/auth/login' }).length).toBeGreaterThan(0);
  });

  it('adds no series for 1,000 requests to 1,000 different incident ids', async () => {
    const series = async () => withLabels(await metrics(), 'http_request_duration_seconds_count');
    const before = await series();
    let next = 0;
    const statuses = new Set<number>();
    const worker = async () => {
      while (next < 1000) {
        const i = next++;
        const res = await editor.get(`/api/incidents/${100_000 + i}${i % 2 ? `?n=${i}` : ''}`);
        statuses.add(res.status);
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    expect([...statuses]).toEqual([404]);
    const after = await series();
    // At most the (GET, /api/incidents/:id, 404) these made and the first scrape's own.
    expect(after.length - before.length).toBeLessThanOrEqual(2);
    expect(
      valueOf(after, 'http_request_duration_seconds_count', { route: '/api/incidents/:id', status: '404' }),
    ).toBe(
      valueOf(before, 'http_request_duration_seconds_count', { route: '/api/incidents/:id', status: '404' }) +
        1000,
    );
    for (const s of after) {
      expect(s.labels.route, JSON.stringify(s.labels)).not.toMatch(/\?|\/\d+(\/|$)/);
    }
  });
});
