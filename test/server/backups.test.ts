import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, backupDir, backupStore } from '../../src/server/backups';
import { runScript } from '../support/process';
import { fixture } from '../support/fixture';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-backup-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const db = path.join(dataDir, 'db.json');

describe('rolling backups', () => {
  it('keeps the newest 14 copies of db.json', () => {
    fs.writeFileSync(db, JSON.stringify(fixture));
    for (let day = 1; day <= 20; day++) backupStore(dataDir, 'daily', new Date(Date.UTC(2026, 0, day)));
    const files = fs.readdirSync(backupDir(dataDir)).sort();
    expect(files).toHaveLength(KEEP_BACKUPS);
    expect(files[0]).toBe('db-2026-01-07T00-00-00-000Z-daily.json');
    expect(JSON.parse(fs.readFileSync(path.join(backupDir(dataDir), files.at(-1)!), 'utf8'))).toEqual(
      fixture,
    );
  });
});

describe('npm run restore', () => {
  it('restores a backup after saving the current store', async () => {
    const backup = path.join(backupDir(dataDir), fs.readdirSync(backupDir(dataDir)).sort().at(-1)!);
    fs.writeFileSync(db, JSON.stringify({ ...fixture, areas: [] }));
    const res = await runScript('scripts/restore.ts', ['--from', backup], { DATA_DIR: dataDir });
    expect(res.code).toBe(0);
    expect(res.output).toContain('Gendannet fra');
    expect(JSON.parse(fs.readFileSync(db, 'utf8'))).toEqual(fixture);
    const saved = fs.readdirSync(backupDir(dataDir)).filter((f) => f.includes('before-restore'));
    expect(saved).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(backupDir(dataDir), saved[0]!), 'utf8')).areas).toEqual([]);
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
