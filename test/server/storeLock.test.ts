import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../support/server';
import { runScript, ServerExited, startServerProcess, type Running } from '../support/process';

/**
 * The lock on DATA_DIR as containers meet it: each server in a pid namespace of its own
 * (`unshare --pid`, as docker and podman do), where it may well be pid 1, killed with -9
 * and started again on the same volume, or started twice on one volume.
 */

/** A container's init: the server itself as pid 1 of a new pid namespace. */
const AS_PID_1 = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];
/** The server as pid 2, under a shell, as `npm run server` runs it in a container. */
const UNDER_A_SHELL = [...AS_PID_1, 'sh', '-c', '"$0" "$@"; exit $?'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-lock-'));
const env = { DATA_DIR: dataDir };
let password = '';
const running: Running[] = [];

beforeAll(() => {
  // unshare needs root (CAP_SYS_ADMIN), as the CI runs the suite: said plainly, not skipped.
  if (process.getuid?.() !== 0)
    throw new Error(
      'These tests start servers in pid namespaces of their own (unshare) and must run as root',
    );
});
afterAll(async () => {
  for (const server of running) await server.killHard();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(wrap: string[]): Promise<Running> {
  const server = await startServerProcess(env, wrap);
  running.push(server);
  return server;
}

async function admin(server: Running): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
  return client;
}

const areaNames = async (client: Client) =>
  ((await client.get('/api/areas')).body as { name: string }[]).map((a) => a.name);

describe('the lock on DATA_DIR, in containers', () => {
  it('lets a server that was pid 1 and killed with -9 be started again as pid 1', async () => {
    const first = await start(AS_PID_1);
    password = /Adgangskode: (\S+)/.exec(first.output())![1]!;
    const client = await admin(first);
    const created = await client.post('/api/areas', {
      name: 'Før kill',
      programmeId: 1,
      housingOrganisation: 'X',
    });
    expect(created.status).toBe(201);
    await first.killHard();

    const second = await start(AS_PID_1);
    expect(await areaNames(await admin(second))).toContain('Før kill');
    await second.killHard();
  });

  it('refuses a second server on the same DATA_DIR from another pid namespace, in Danish', async () => {
    const first = await start(UNDER_A_SHELL);
    const client = await admin(first);
    // The second sees no process with the first's pid in its own namespace: only the kernel's lock tells.
    const refused = await startServerProcess(env, AS_PID_1).then(
      (server) => {
        running.push(server);
        return undefined;
      },
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(ServerExited);
    expect((refused as ServerExited).code).toBe(1);
    expect((refused as ServerExited).output).toContain('bruges af en anden proces');

    // The first goes on serving, and writes, as if nothing happened.
    const created = await client.post('/api/areas', {
      name: 'Kun én',
      programmeId: 1,
      housingOrganisation: 'X',
    });
    expect(created.status).toBe(201);
    expect(await areaNames(client)).toContain('Kun én');
    await first.killHard();
  });

  it('holds the command-line tools to the same lock: refused while a server runs, free after its kill -9', async () => {
    const server = await start(AS_PID_1);
    const refused = await runScript('scripts/users.ts', ['list'], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('bruges af en anden proces');
    await server.killHard();

    const listed = await runScript('scripts/users.ts', ['list'], env);
    expect(listed.code).toBe(0);
    expect(listed.output).toContain('admin');
  });
});
