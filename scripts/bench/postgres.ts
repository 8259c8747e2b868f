import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadState } from '../../src/server/store/files/filesStore';
import { importState } from '../../src/server/store/postgres/importState';
import { migrate } from '../../src/server/store/postgres/schema';
import { ROOT } from './largeStore';

/**
 * A throwaway PostgreSQL cluster holding the same store as `dataDir`, copied as
 * `npm run store -- to-postgres` does, for as long as `work` runs.
 */
export async function withPostgres(
  dataDir: string,
  work: (databaseUrl: string) => Promise<void>,
): Promise<void> {
  const script = path.join(ROOT, 'scripts/pg-throwaway.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-bench-pg-'));
  const url = execFileSync(script, ['start', dir, String(30_000 + Math.floor(Math.random() * 10_000))], {
    encoding: 'utf8',
  }).trim();
  try {
    const pool = new pg.Pool({ connectionString: url });
    await migrate(pool);
    await importState(pool, (await loadState(dataDir)).state);
    await pool.end();
    await work(url);
  } finally {
    execFileSync(script, ['stop', dir]);
  }
}
