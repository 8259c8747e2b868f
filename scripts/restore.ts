/**
 * npm run restore -- --from FILE
 * Puts a backup of db.json back as DATA_DIR's data (default ./data), after a backup of
 * the store as it is. Stop the server first: one process writes a DATA_DIR at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RESOURCE_NAMES } from '../src/domain/resources';
import { restoreBackup, type Backup } from '../src/server/changes/restore';
import { backupDir } from '../src/server/store/files/backups';
import { dataDirFromEnv, scriptActor, withStore } from './lib/store';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const dataDir = dataDirFromEnv();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.from) fail('Brug: npm run restore -- --from data/backups/db-….json');
const file = path.resolve(values.from);
if (!fs.existsSync(file)) fail(`Filen findes ikke: ${file}`);
let data: Record<string, unknown>;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
} catch {
  fail(`${file} er ikke gyldig JSON`);
}
// A backup from before a resource existed lacks its collection; it is restored empty.
const present = RESOURCE_NAMES.filter((name) => name in data);
const broken = present.filter((name) => !Array.isArray(data[name]));
if (!Array.isArray(data.programmes) || !Array.isArray(data.incidents) || broken.length > 0)
  fail(`${file} er ikke en sikkerhedskopi af beredskab`);

await withStore(dataDir, async (store) => {
  await store.snapshot('before-restore');
  const { result } = await store.commit(
    restoreBackup(data as Backup, path.basename(file), scriptActor('npm run restore')),
  );
  await store.snapshot();
  console.log(`Den hidtidige db.json er gemt i ${backupDir(dataDir)}`);
  for (const name of present) console.log(`  ${name}: ${result[name]}`);
});
console.log(`Gendannet fra ${file}. Start serveren igen.`);
