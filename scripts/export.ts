/**
 * npm run export -- --year 2025 [--programme ID] [--project-year] [--out file.xlsx]
 * The yearly status workbook from DATA_DIR/db.json (default ./data), as the panel's
 * button makes it. Without --programme: the programme whose period covers the year.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makePeriod, type Db } from '../src/domain/statistics/period';
import { reportFileName } from '../src/report/fileName';
import { writeStatusReport } from '../src/report/statusReport';
import { seedForToday } from '../src/server/demoSeed';

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
// Before the first start there is no store yet: the demo data it would be created from.
const file = fs.existsSync(store) ? store : fileURLToPath(new URL('../data/seed.json', import.meta.url));
if (file !== store) console.log(`Ingen ${store}; bruger demodata fra ${file}`);
const read = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
// The demo data as a first start would store it today.
const db = (file === store ? read : seedForToday(read, new Date())) as Db;
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
