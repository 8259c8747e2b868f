/**
 * One export in a fresh process, as the server makes it: the store loaded from JSON,
 * then the workbook built and written. Prints JSON figures for scripts/bench-export.ts.
 */
import fs from 'node:fs';
import { makePeriod, type Db } from '../../src/domain/statistics/period';
import { statusReportBuffer } from '../../src/report/statusReport';

const [file, programmeId, year] = process.argv.slice(2);
const db = JSON.parse(fs.readFileSync(file!, 'utf8')) as Db;
const loaded = process.memoryUsage().rss;
let peak = loaded;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
const programme = db.programmes!.find((p) => p.id === Number(programmeId))!;
const t0 = performance.now();
const buffer = await statusReportBuffer(db, makePeriod(programme, Number(year), false), {
  role: 'admin',
  madeBy: 'bench',
  now: new Date(),
});
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, bytes: buffer.byteLength, loadedRss: loaded, peakRss: peak }));
