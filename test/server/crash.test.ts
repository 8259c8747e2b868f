import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserStore } from '../../src/server/users';
import { startServerProcess } from '../support/process';
import { Client, PASSWORD } from '../support/server';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const KILL_AFTER = 150;
const WORKERS = 8;

describe('crash safety', () => {
  it(
    'keeps every acknowledged write through kill -9 in the middle of a burst',
    { timeout: 120_000 },
    async () => {
      await new UserStore(dataDir).add({ username: 'editor', role: 'editor', password: PASSWORD });
      const first = await startServerProcess({ DATA_DIR: dataDir });
      const client = new Client(first.url);
      await client.post('/api/auth/login', { username: 'editor', password: PASSWORD });

      const acknowledged = new Map<number, string>();
      let sent = 0;
      let killed = false;
      // Workers keep writing until the connection dies, so some writes are in flight at the kill.
      const worker = async (w: number) => {
        for (;;) {
          const name = `Område ${w}-${sent++}`;
          try {
            const res = await client.post('/api/areas', {
              name,
              programmeId: 1,
              housingOrganisation: 'Test',
            });
            if (res.status === 201) acknowledged.set(res.body.id, name);
          } catch {
            return; // the connection died with the server: this write's fate is unknown
          }
          if (acknowledged.size >= KILL_AFTER && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      await new Promise((resolve) =>
        first.child.exitCode !== null || first.child.signalCode
          ? resolve(null)
          : first.child.once('exit', resolve),
      );

      const db = JSON.parse(fs.readFileSync(path.join(dataDir, 'db.json'), 'utf8'));
      const second = await startServerProcess({ DATA_DIR: dataDir });
      try {
        const after = new Client(second.url);
        await after.post('/api/auth/login', { username: 'editor', password: PASSWORD });
        const areas = (await after.get('/api/areas')).body as { id: number; name: string }[];
        const byId = new Map(areas.map((a) => [a.id, a.name]));
        const recovered = [...acknowledged].filter(([id, name]) => byId.get(id) === name).length;
        console.log(
          `crash test: ${sent} writes sent, ${acknowledged.size} acknowledged before kill -9, ` +
            `${sent - acknowledged.size} cut off, ${recovered} of the acknowledged recovered after restart`,
        );
        expect(sent).toBeGreaterThan(acknowledged.size);
        expect(recovered).toBe(acknowledged.size);
        expect(db.areas.length).toBe(areas.length);
        expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('db.json.'))).toEqual([]);
      } finally {
        await second.stop();
      }
    },
  );
});
