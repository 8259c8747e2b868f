import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, backupDir, backupStore } from '../../src/server/store/files/backups';
import { runScript } from '../support/process';
import { fixture } from '../support/fixture';
import { startServer } from '../support/server';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-backup-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const db = path.join(dataDir, 'db.json');

const collections = (file: string) => {
  const { _journal, _lastIds, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return rest;
};
const withoutVersions = (data: Record<string, { version?: number }[]>) =>
  Object.fromEntries(Object.entries(data).map(([k, rows]) => [k, rows.map(({ version: _v, ...r }) => r)]));

describe('rolling backups', () => {
  it('keeps the newest 14 copies of db.json, readable only by the server’s user', () => {
    fs.writeFileSync(db, JSON.stringify(fixture));
    for (let day = 1; day <= 20; day++) backupStore(dataDir, 'daily', new Date(Date.UTC(2026, 0, day)));
    const files = fs.readdirSync(backupDir(dataDir)).sort();
    expect(files).toHaveLength(KEEP_BACKUPS);
    expect(files[0]).toBe('db-2026-01-07T00-00-00-000Z-daily.json');
    const newest = path.join(backupDir(dataDir), files.at(-1)!);
    expect(JSON.parse(fs.readFileSync(newest, 'utf8'))).toEqual(fixture);
    expect(fs.statSync(newest).mode & 0o777).toBe(0o600);
  });

  it('are taken with a snapshot, so they hold every committed write', async () => {
    const server = await startServer();
    try {
      const admin = await server.as('admin');
      const created = await admin.post('/api/areas', {
        name: 'Efter start',
        programmeId: 1,
        housingOrganisation: 'X',
      });
      await server.store.snapshot('daily');
      const [file] = fs.readdirSync(backupDir(server.dataDir));
      const backup = JSON.parse(fs.readFileSync(path.join(backupDir(server.dataDir), file!), 'utf8'));
      expect(backup.areas.at(-1)).toMatchObject({ id: created.body.id, name: 'Efter start' });
    } finally {
      await server.close();
    }
  });
});

describe('npm run restore', () => {
  it('restores a backup after saving the current store, never issuing an id twice', async () => {
    const backup = path.join(backupDir(dataDir), fs.readdirSync(backupDir(dataDir)).sort().at(-1)!);
    fs.writeFileSync(db, JSON.stringify({ ...fixture, areas: [], _lastIds: { areas: 40 } }));
    const res = await runScript('scripts/restore.ts', ['--from', backup], { DATA_DIR: dataDir });
    expect(res.code).toBe(0);
    expect(res.output).toContain('Gendannet fra');
    const restored = withoutVersions(collections(db));
    for (const [name, rows] of Object.entries(fixture)) expect(restored[name], name).toEqual(rows);
    expect(JSON.parse(fs.readFileSync(db, 'utf8'))._lastIds.areas).toBe(40);
    const saved = fs.readdirSync(backupDir(dataDir)).filter((f) => f.includes('before-restore'));
    expect(saved).toHaveLength(1);
    expect(collections(path.join(backupDir(dataDir), saved[0]!)).areas).toEqual([]);
    const audit = fs
      .readFileSync(path.join(dataDir, 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(audit.at(-1)).toMatchObject({ action: 'restore', username: 'npm run restore' });
  });

  it('refuses a file that is not a store, changing nothing', async () => {
    const bogus = path.join(dataDir, 'bogus.json');
    fs.writeFileSync(bogus, '{"hello": 1}');
    const before = fs.readFileSync(db, 'utf8');
    const res = await runScript('scripts/restore.ts', ['--from', bogus], { DATA_DIR: dataDir });
    expect(res.code).toBe(1);
    expect(res.output).toContain('er ikke en sikkerhedskopi');
    expect(fs.readFileSync(db, 'utf8')).toBe(before);
  });
});
