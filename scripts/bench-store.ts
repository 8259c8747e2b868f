/**
 * npm run bench:store [-- --incidents 10000,100000]
 * The write path's figures at 10,000 and 100,000 incidents, over HTTP against the real
 * server process, side by side with stock json-server 0.17.4 on the same data in the
 * same run, each beside its goal: durable write, filtered page, 8 writers at once with
 * a reader beside them (snapshots included), start to first answer, resident memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBench, type Bench } from './bench/contenders';
import { largeDataDir, summarise } from './bench/largeStore';
import { percentile, type Row, printTable } from './bench/table';

const { values } = parseArgs({ options: { incidents: { type: 'string', default: '10000,100000' } } });
const SIZES = values.incidents!.split(',').map(Number);
const BURST_MS = 10_000;
const WRITERS = 8;

const incident = (i: number) => ({
  programmeId: 1,
  areaId: 1,
  occurredAt: '2026-11-20T19:00:00.000Z',
  level: 'yellow',
  category: 'fights',
  activatedBy: 'police',
  description: `Måling nr. ${i}`,
});

async function timed(run: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  const res = await run();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
  return performance.now() - t0;
}

async function series(count: number, run: (i: number) => Promise<Response>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await timed(() => run(i)); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timed(() => run(i)));
  return samples;
}

/** 8 clients writing as fast as they are answered, and one reading a page meanwhile. */
async function burst(bench: Bench): Promise<{ perSecond: number; readerMax: number; snapshots: number }> {
  const end = performance.now() + BURST_MS;
  let acknowledged = 0;
  const writer = async (w: number) => {
    for (let i = 0; performance.now() < end; i++) {
      const res = await bench.post(incident(w * 1_000_000 + i));
      await res.arrayBuffer();
      if (res.ok) acknowledged++;
    }
  };
  let readerMax = 0;
  const reader = async () => {
    while (performance.now() < end) readerMax = Math.max(readerMax, await timed(() => bench.page()));
  };
  const snapshots = bench.watchSnapshots();
  const t0 = performance.now();
  await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), reader()]);
  return {
    perSecond: acknowledged / ((performance.now() - t0) / 1000),
    readerMax,
    snapshots: snapshots.stop(),
  };
}

/** The figures: what is measured, its unit, and its goal at 100,000 incidents. */
const METRICS: [string, string, string, Row['goal']][] = [
  ['durable write p50', 'write', 'ms', { max: 5 }],
  ['  × faster than stock', 'faster', '×', { min: 70 }],
  ['filtered page p50', 'page', 'ms', { max: 15 }],
  ['8 writers: acknowledged/s', 'perSecond', '/s', { min: 500 }],
  ["  reader's slowest page meanwhile", 'readerMax', 'ms', { max: 100 }],
  ['  snapshots during the burst', 'snapshots', '', undefined],
  ['start to first answer', 'start', 'ms', { max: 3000 }],
  ['peak resident memory', 'rss', 'MB', { max: 400 }],
];

const rows: Row[] = [];
for (const size of SIZES) {
  const { dataDir } = await largeDataDir(size);
  const stockDir = fs.mkdtempSync(`${dataDir}-stock`);
  fs.copyFileSync(path.join(dataDir, 'db.json'), path.join(stockDir, 'db.json'));
  console.log(
    `\n${size.toLocaleString('da-DK')} hændelser, db.json ${(fs.statSync(path.join(dataDir, 'db.json')).size / 1e6).toFixed(1)} MB`,
  );

  const contenders = { stock: await startBench('stock', stockDir), ours: await startBench('ours', dataDir) };
  // Ours is measured after a restart, on its own snapshot layout, as a running deployment starts.
  await contenders.ours.restart();
  const figures: Record<string, Record<string, number>> = {};
  for (const [name, bench] of Object.entries(contenders)) {
    // Stock rewrites its whole file per write; at 100,000 that takes long enough to need fewer samples.
    const writes = await series(name === 'stock' && size > 20_000 ? 15 : 200, (i) => bench.post(incident(i)));
    const pages = await series(100, () => bench.page());
    const b = await burst(bench);
    figures[name] = {
      write: percentile(writes, 0.5),
      page: percentile(pages, 0.5),
      perSecond: b.perSecond,
      readerMax: b.readerMax,
      snapshots: b.snapshots,
      start: bench.startMs,
      rss: bench.peakRssMb(),
    };
    console.log(`  ${name}: write ${summarise(writes)}; page ${summarise(pages)}`);
    await bench.stop();
  }
  const { stock, ours } = figures as Record<'stock' | 'ours', Record<string, number>>;
  const atGoalSize = size >= 100_000;
  stock.faster = 1;
  ours.faster = stock.write! / ours.write!;
  for (const [label, key, unit, goal] of METRICS)
    rows.push({
      metric: `${label} (${size / 1000}k)`,
      stock: stock[key]!,
      ours: ours[key]!,
      unit,
      goal: atGoalSize ? goal : undefined,
    });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(stockDir, { recursive: true, force: true });
}
console.log();
printTable(rows);
