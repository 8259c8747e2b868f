import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture';
import { startIdp, type TestIdp } from '../support/idp';
import { signIn, signOutAtProvider } from '../support/oidcFlow';
import { freshDatabase } from '../support/postgres';
import { startServerProcess, type Running } from '../support/process';
import { Client } from '../support/server';

/** Two server processes on one database behind one address: the provider's logout may reach either. */
let database: Awaited<ReturnType<typeof freshDatabase>>;
let dir: string;
let idp: TestIdp;
let a: Running;
let b: Running;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  database = await freshDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-pg-oidc-'));
  fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify(fixture));
  idp = await startIdp();
  const portA = await freePort();
  const env = (port: number, name: string) => ({
    PORT: String(port),
    DATABASE_URL: database.url,
    DATA_DIR: path.join(dir, name),
    SEED_FILE: path.join(dir, 'seed.json'),
    PUBLIC_URL: `http://127.0.0.1:${portA}`,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_NAME: 'Randers Kommune',
    SECRET_KEY: 'a'.repeat(64),
  });
  a = await startServerProcess(env(portA, 'a'), [], { timeoutMs: 60_000 });
  b = await startServerProcess(env(await freePort(), 'b'), [], { timeoutMs: 60_000 });
  // Sign-ins come back to A (PUBLIC_URL); the provider's back-channel logout goes to B.
  idp.registerPanel(a.url, b.url);
  const password = /Adgangskode: (\S+)/.exec(a.output() + b.output())![1]!;
  const admin = new Client(a.url);
  expect((await admin.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
  expect(
    (await admin.post('/api/directoryMappings', { claimValue: 'grp-viborg', programmeId: 1, role: 'editor' }))
      .status,
  ).toBe(201);
}, 180_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await idp?.close();
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('back-channel logout on PostgreSQL', () => {
  it('reaching the other process ends the session this one holds', async () => {
    idp.accounts.set('sub-mette', { preferred_username: 'mette@viborg.dk', groups: ['grp-viborg'] });
    const { landed, client, trip } = await signIn(a.url, 'sub-mette');
    expect(landed).toBe('/');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const onB = new Client(b.url);
    onB.cookie = client.cookie;
    expect((await onB.get('/api/auth/me')).status).toBe(200);

    await signOutAtProvider(trip, idp.issuer);
    // B took the logout; A follows the database within a moment.
    const t0 = Date.now();
    while ((await client.get('/api/auth/me')).status !== 401) {
      expect(Date.now() - t0, 'session still alive on A').toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await onB.get('/api/auth/me')).status).toBe(401);
  });
});
