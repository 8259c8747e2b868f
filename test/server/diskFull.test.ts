import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { addUserTo } from '../../scripts/lib/store';
import { startServerProcess, type Running } from '../support/process';
import { Client, PASSWORD } from '../support/server';
import { mountSmallDisk } from '../support/tmpfs';

/**
 * A full disk for real: a small tmpfs mounted as DATA_DIR (CI runs as root). Where mounting is
 * not allowed the suite says so and is skipped; it is never passed without running.
 */
const disk = mountSmallDisk(12, 'diskFull.test');
const mountPoint = disk.dir;
afterAll(() => disk.unmount());

/** Snapshots every 25 lines, so some fall on the full disk too. */
const TOKEN = 'måle-nøgle-til-testen';
const env = (dataDir: string) => ({ DATA_DIR: dataDir, SNAPSHOT_LINES: '25', METRICS_TOKEN: TOKEN });

/** `beredskab_store_writable` as Prometheus would scrape it. */
async function writableMetric(client: Client): Promise<string | undefined> {
  const res = await client.request('GET', '/metrics', undefined, { authorization: `Bearer ${TOKEN}` });
  expect(res.status).toBe(200);
  return /^beredskab_store_writable (\d)$/m.exec(String(res.body))?.[1];
}
const fillDisk = () => disk.fill();
const freeDisk = () => disk.free();

let server: Running | undefined;
let run = 0;
afterEach(async () => {
  await server?.stop();
  server = undefined;
  freeDisk();
});

/** A data directory of its own on the tmpfs, with an admin who writes areas. */
async function freshDataDir(): Promise<string> {
  const dataDir = path.join(mountPoint, `data-${++run}`);
  fs.mkdirSync(dataDir);
  await addUserTo(dataDir, { username: 'skriver', role: 'admin', password: PASSWORD });
  return dataDir;
}

async function login(running: Running): Promise<Client> {
  const client = new Client(running.url);
  const res = await client.post('/api/auth/login', { username: 'skriver', password: PASSWORD });
  expect(res.status).toBe(200);
  return client;
}

const newArea = (client: Client, name: string) =>
  client.post('/api/areas', { name, programmeId: 1, housingOrganisation: 'Testboliger' });

async function storedNames(client: Client): Promise<Set<string>> {
  const res = await client.get('/api/areas');
  expect(res.status).toBe(200);
  return new Set((res.body as { name: string }[]).map((a) => a.name));
}

/** Until `check` holds, for up to `ms`. */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe.skipIf(!disk.mounted)('a full disk (the embedded store on a tmpfs)', () => {
  it('refuses writes with 507 in Danish, goes on reading, and writes again once there is room; nothing lost', async () => {
    const dataDir = await freshDataDir();
    server = await startServerProcess(env(dataDir));
    const client = await login(server);
    const acknowledged: string[] = [];
    const refused: string[] = [];
    expect((await newArea(client, 'Før disken fyldtes')).status).toBe(201);
    acknowledged.push('Før disken fyldtes');

    fillDisk();
    // The journal's last page may still hold a line or two: write until the disk says no.
    let refusal: Awaited<ReturnType<typeof newArea>> | undefined;
    for (let i = 0; i < 200 && !refusal; i++) {
      const name = `Mens disken er fuld ${i}`;
      const res = await newArea(client, name);
      if (res.status === 201) acknowledged.push(name);
      else {
        refusal = res;
        refused.push(name);
      }
    }
    expect(refusal?.status).toBe(507);
    expect(refusal?.body.message).toMatch(/disk er fuld.*intet er gemt/);

    // Reads go on, from what is committed (read again from disk, a moment after the refusal);
    // the refused write is not among them.
    expect(await within(5_000, async () => (await client.get('/api/areas')).status === 200)).toBe(true);
    const whileFull = await storedNames(client);
    for (const name of acknowledged) expect(whileFull.has(name), name).toBe(true);
    for (const name of refused) expect(whileFull.has(name), name).toBe(false);
    expect((await client.get('/api/incidents/1')).status).toBe(200);
    expect((await newArea(client, 'Stadig fuld')).status).toBe(507);
    refused.push('Stadig fuld');
    const health = await client.get('/api/health');
    expect(health.status).toBe(503);
    // What the administrators' banner reads.
    const full = await client.get('/api/disk');
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ writable: false, low: true });
    expect(full.body.freeBytes).toBeLessThan(200 * 1024 * 1024);
    expect(await writableMetric(client)).toBe('0');

    // Space freed: the next write is stored, without a restart, and health recovers by itself.
    freeDisk();
    expect((await newArea(client, 'Efter oprydningen')).status).toBe(201);
    acknowledged.push('Efter oprydningen');
    expect(await within(10_000, async () => (await client.get('/api/health')).status === 200)).toBe(true);
    expect((await client.get('/api/disk')).body.writable).toBe(true);
    expect(await writableMetric(client)).toBe('1');

    // kill -9 and start again: every acknowledged write is there, no refused one.
    await server.killHard();
    server = await startServerProcess(env(dataDir));
    const after = await storedNames(await login(server));
    for (const name of acknowledged) expect(after.has(name), name).toBe(true);
    for (const name of refused) expect(after.has(name), name).toBe(false);
  });

  it('keeps exactly the acknowledged writes of 8 writers when the disk fills in the middle of their burst', async () => {
    const dataDir = await freshDataDir();
    server = await startServerProcess(env(dataDir));
    const client = await login(server);
    const acknowledged = new Set<string>();
    const refused = new Set<string>();
    const statuses = new Map<number, number>();
    let phase: 'before' | 'full' | 'freed' | 'stop' = 'before';
    let sent = 0;

    /** Creates areas until told to stop (at most 400 each): a refusal is a 507 or, while memory is read again, 503. */
    const writer = async (w: number) => {
      for (let i = 0; i < 400 && phase !== 'stop'; i++) {
        const name = `Skriver ${w} nr. ${i} (${phase})`;
        sent++;
        const res = await newArea(client, name);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) acknowledged.add(name);
        else if (res.status === 507 || res.status === 503) refused.add(name);
        else throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(400);
    fillDisk();
    phase = 'full';
    await pause(1500);
    expect(await within(5_000, async () => (await client.get('/api/areas')).status === 200)).toBe(true);
    // While full, what is read is what was acknowledged: nothing refused shows.
    const whileFull = await storedNames(client);
    for (const name of refused) expect(whileFull.has(name), name).toBe(false);
    freeDisk();
    phase = 'freed';
    await pause(1000);
    phase = 'stop';
    await Promise.all(writers);

    expect(statuses.get(507) ?? 0).toBeGreaterThan(0);
    expect([...acknowledged].some((n) => n.endsWith('(freed)'))).toBe(true);
    const live = await storedNames(client);
    for (const name of acknowledged) expect(live.has(name), name).toBe(true);
    for (const name of refused) expect(live.has(name), name).toBe(false);

    await server.killHard();
    server = await startServerProcess(env(dataDir));
    const after = await storedNames(await login(server));
    for (const name of acknowledged) expect(after.has(name), name).toBe(true);
    for (const name of refused) expect(after.has(name), name).toBe(false);
    console.log(
      `disk full in a burst: ${sent} writes sent, ${acknowledged.size} acknowledged and kept, ` +
        `${refused.size} refused and absent (${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')})`,
    );
  });
});

describe('a store that cannot go on', () => {
  it('exits for its supervisor to start it again, which finds every acknowledged write', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-fatal-'));
    try {
      await addUserTo(dataDir, { username: 'skriver', role: 'admin', password: PASSWORD });
      server = await startServerProcess({ DATA_DIR: dataDir });
      const client = await login(server);
      expect((await newArea(client, 'Kvitteret')).status).toBe(201);
      // Another program replaces the journal under the server: nothing more can be promised.
      const journal = path.join(dataDir, 'journal.jsonl');
      fs.copyFileSync(journal, `${journal}.kopi`);
      fs.renameSync(`${journal}.kopi`, journal);
      const running = server;
      const exited = new Promise((resolve) => running.child.once('exit', resolve));
      const refused = await newArea(client, 'Aldrig gemt');
      expect(refused.status).toBe(503);
      expect(await exited).toBe(1);

      server = await startServerProcess({ DATA_DIR: dataDir });
      const names = await storedNames(await login(server));
      expect(names.has('Kvitteret')).toBe(true);
      expect(names.has('Aldrig gemt')).toBe(false);
    } finally {
      await server?.stop();
      server = undefined;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
