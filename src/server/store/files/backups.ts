import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE } from './durable';

export const KEEP_BACKUPS = 14;

export const backupDir = (dataDir: string) => path.join(dataDir, 'backups');

/** Copies db.json to backups/db-<time>-<reason>.json and keeps the newest 14. */
export function backupStore(dataDir: string, reason: string, now: Date): string | undefined {
  const source = path.join(dataDir, 'db.json');
  if (!fs.existsSync(source)) return undefined;
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `db-${stamp}-${reason}.json`);
  fs.copyFileSync(source, target);
  fs.chmodSync(target, FILE_MODE);
  const backups = fs
    .readdirSync(dir)
    .filter((f) => /^db-.*\.json$/.test(f))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS)))
    fs.rmSync(path.join(dir, old));
  return target;
}
