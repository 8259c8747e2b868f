import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUserTo } from '../../scripts/lib/store';
import { startServerProcess } from '../support/process';
import { Client, PASSWORD, startServer } from '../support/server';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-sessions-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const tokenOf = (client: Client) => client.cookie.split('=')[1]!;

describe('sessions in the store', () => {
  it('a user’s own new password ends their other sessions, not the one that changed it', async () => {
    const server = await startServer();
    try {
      const here = await server.as('editor');
      const there = await server.as('editor');
      const res = await here.post('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'et-helt-nyt-kodeord',
      });
      expect(res.status).toBe(200);
      expect((await here.get('/api/auth/me')).status).toBe(200);
      expect((await there.get('/api/auth/me')).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('are kept as hashes of their tokens: no file in DATA_DIR holds a token', async () => {
    const server = await startServer();
    try {
      const admin = await server.as('admin');
      await server.store.snapshot();
      expect(server.store.all('sessions').map((s) => s.id)).not.toContain(tokenOf(admin));
      for (const file of fs.readdirSync(server.dataDir).filter((f) => f.includes('.json')))
        expect(fs.readFileSync(path.join(server.dataDir, file), 'utf8'), file).not.toContain(tokenOf(admin));
    } finally {
      await server.close();
    }
  });

  it('survive a restart and a kill -9, and so do login locks', async () => {
    await addUserTo(dataDir, { username: 'vagt', role: 'editor', password: PASSWORD });
    let server = await startServerProcess({ DATA_DIR: dataDir });
    const user = new Client(server.url);
    expect((await user.post('/api/auth/login', { username: 'vagt', password: PASSWORD })).status).toBe(200);
    const guesser = new Client(server.url, '127.0.0.3');
    for (let i = 0; i < 5; i++)
      expect(
        (await guesser.post('/api/auth/login', { username: 'ukendt', password: `gæt-${i}` })).status,
      ).toBe(401);
    await server.stop();

    server = await startServerProcess({ DATA_DIR: dataDir });
    const again = Object.assign(new Client(server.url), { cookie: user.cookie });
    expect((await again.get('/api/auth/me')).body).toMatchObject({ username: 'vagt' });
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));

    server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const afterKill = Object.assign(new Client(server.url), { cookie: user.cookie });
      expect((await afterKill.get('/api/auth/me')).status).toBe(200);
      const locked = new Client(server.url, '127.0.0.3');
      expect((await locked.post('/api/auth/login', { username: 'vagt', password: PASSWORD })).status).toBe(
        429,
      );
    } finally {
      await server.stop();
    }
  });
});
