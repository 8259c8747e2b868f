import fs from 'node:fs';
import path from 'node:path';

export const KEEP_BACKUPS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export const backupDir = (dataDir: string) => path.join(dataDir, 'backups');

/** Copies db.json to backups/db-<time>-<reason>.json and keeps the newest 14. */
export function backupStore(dataDir: string, reason: string, now = new Date()): string | undefined {
  const source = path.join(dataDir, 'db.json');
  if (!fs.existsSync(source)) return undefined;
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `db-${stamp}-${reason}.json`);
  fs.copyFileSync(source, target);
  const backups = fs
    .readdirSync(dir)
    .filter((f) => /^db-.*\.json$/.test(f))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS)))
    fs.rmSync(path.join(dir, old));
  return target;
}

/** A backup on start and one a day after; the timer never keeps the process alive. */
export function scheduleBackups(dataDir: string): void {
  backupStore(dataDir, 'start');
  setInterval(() => backupStore(dataDir, 'daily'), DAY_MS).unref();
}
