/**
 * npm run export -- --year 2025 [--programme ID] [--project-year] [--out file.xlsx]
 * The yearly status workbook from the store (DATA_DIR, default ./data, or DATABASE_URL), as the panel's
 * button makes it. Without --programme: the programme whose period covers the year.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makePeriod, type Db } from '../src/domain/statistics/period';
import { reportFileName } from '../src/report/fileName';
import { writeStatusReport } from '../src/report/statusReport';
import pg from 'pg';
import { seedForToday } from '../src/server/store/demoSeed';
import { loadState } from '../src/server/store/files/filesStore';
import { loadPgState } from '../src/server/store/postgres/pgLoad';

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    programme: { type: 'string' },
    'project-year': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const year = Number(values.year);
if (!Number.isInteger(year) || year < 1990 || year > 2100)
  fail('Brug: npm run export -- --year ÅÅÅÅ [--programme ID] [--project-year] [--out fil.xlsx]');
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const store = path.join(dataDir, 'db.json');

/** What the store holds now: the database, or db.json with the journal after it; before a first start, the demo data. */
async function readData(): Promise<Db> {
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    try {
      return (await loadPgState(pool)).data;
    } finally {
      await pool.end();
    }
  }
  if (fs.existsSync(store)) return (await loadState(dataDir)).state.data;
  const seed = fileURLToPath(new URL('../data/seed.json', import.meta.url));
  console.log(`Ingen ${store}; bruger demodata fra ${seed}`);
  return seedForToday(JSON.parse(fs.readFileSync(seed, 'utf8')), new Date()) as Db;
}

const db = await readData();
const programmes = db.programmes ?? [];
const programme = values.programme
  ? programmes.find((p) => p.id === Number(values.programme))
  : (programmes.find(
      (p) =>
        String(p.periodStart).slice(0, 4) <= String(year) && String(p.periodEnd).slice(0, 4) >= String(year),
    ) ?? programmes[0]);
if (!programme)
  fail(values.programme ? `Helhedsplan ${values.programme} findes ikke` : 'Der er ingen helhedsplaner');

const period = makePeriod(programme, year, values['project-year']);
const out = path.resolve(values.out ?? reportFileName(period));
const target = fs.createWriteStream(out);
const written = new Promise<void>((resolve) => target.on('finish', () => resolve()));
await writeStatusReport(db, period, { role: 'admin', madeBy: 'npm run export', now: new Date() }, target);
await written;
console.log(`Årsrapport for ${String(programme.name)}, ${period.label}: ${out}`);
