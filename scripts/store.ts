/**
 * npm run store -- to-postgres --from DIR    an embedded store (data, users, audit) into DATABASE_URL
 * npm run store -- to-files --to DIR         DATABASE_URL back as db.json, users.json and audit.jsonl
 * Both refuse a target that holds anything already. Stop the servers first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadState } from '../src/server/store/files/filesStore';
import { withDataDirLock } from '../src/server/store/files/lock';
import { STORE_FILES, writeStateFiles } from '../src/server/store/files/writeState';
import { databaseIsEmpty, importState } from '../src/server/store/postgres/importState';
import { loadPgState } from '../src/server/store/postgres/pgLoad';
import { migrate } from '../src/server/store/postgres/schema';
import type { State } from '../src/server/store/state';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, to: { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const summary = (state: State) =>
  `${state.all('incidents').length} hændelser, ${state.all('users').length} brugere, ${state.audit.length} poster i revisionsloggen`;

const url = process.env.DATABASE_URL;
if (!url) fail('Sæt DATABASE_URL=postgres://bruger:kode@vært:port/database');
const [command] = positionals;
const dir = command === 'to-postgres' ? values.from : command === 'to-files' ? values.to : undefined;
if (!dir) fail('Brug: npm run store -- to-postgres --from MAPPE | to-files --to MAPPE');
const dataDir = path.resolve(dir);

const pool = new pg.Pool({ connectionString: url });
try {
  await migrate(pool);
  if (command === 'to-postgres') {
    if (!fs.existsSync(path.join(dataDir, 'db.json'))) fail(`${dataDir} har ingen db.json`);
    if (!(await databaseIsEmpty(pool))) fail('Databasen er ikke tom; intet er kopieret');
    await withDataDirLock(dataDir, async () => {
      const { state } = await loadState(dataDir);
      await importState(pool, state);
      console.log(`Kopieret til PostgreSQL: ${summary(state)}`);
    });
  } else
    // Locked like the server would: no server may start on the directory while it is written.
    await withDataDirLock(dataDir, async () => {
      const present = STORE_FILES.filter((f) => fs.existsSync(path.join(dataDir, f)));
      if (present.length > 0) fail(`${dataDir} har allerede ${present.join(', ')}; intet er skrevet`);
      const state = await loadPgState(pool);
      await writeStateFiles(dataDir, state);
      console.log(`Skrevet til ${dataDir}: ${summary(state)}`);
    });
} catch (err) {
  fail((err as Error).message);
} finally {
  await pool.end();
}
