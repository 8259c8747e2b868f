/**
 * npm run restore -- --from FILE
 * Replaces DATA_DIR/db.json (default ./data) with a backup, after backing up the current
 * store. Stop the server first: a running server keeps its own copy in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RESOURCE_NAMES } from '../src/domain/resources';
import { writeJsonAtomic } from '../src/server/atomicFile';
import { backupStore } from '../src/server/backups';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');

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
// A backup from before a resource existed lacks its collection; the server creates it empty.
const present = RESOURCE_NAMES.filter((name) => name in data);
const broken = present.filter((name) => !Array.isArray(data[name]));
if (!Array.isArray(data.programmes) || !Array.isArray(data.incidents) || broken.length > 0)
  fail(`${file} er ikke en sikkerhedskopi af beredskab`);

const saved = backupStore(dataDir, 'before-restore');
writeJsonAtomic(path.join(dataDir, 'db.json'), data);
if (saved) console.log(`Den hidtidige db.json er gemt som ${saved}`);
for (const name of present) console.log(`  ${name}: ${(data[name] as unknown[]).length}`);
console.log(`Gendannet fra ${file}. Start serveren igen.`);
