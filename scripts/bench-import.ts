/**
 * npm run bench:import — the KPI import under a hostile file: a 400 kB xlsx that unpacks
 * to a 400 MB cell, sent while another client keeps asking the server for a page. Prints
 * how long that client waited at worst, how much the server's memory grew (its RSS, from
 * /proc), and the same for an ordinary file, beside the goals.
 */
import fs from 'node:fs';
import { hostileXlsx } from './lib/hostileXlsx';
import { BENCH_PASSWORD, largeDataDir } from './bench/largeStore';
import { startBenchServer } from './bench/serverProcess';
import { printTable } from './bench/table';

const { dataDir } = await largeDataDir(1_000);
const { url, server } = await startBenchServer(dataDir);
const rssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1000;
try {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const grid = (await (
    await fetch(`${url}/api/kpi/grid?programmeId=1&year=2024`, { headers: { cookie } })
  ).json()) as {
    indicators: { code: string; perArea: boolean }[];
    areas: { name: string }[];
  };
  const perArea = grid.indicators.filter((i) => i.perArea);
  const ordinary = Buffer.from(
    [
      ['Boligområde', ...perArea.map((i) => i.code)],
      ...grid.areas.map((a) => [a.name, ...perArea.map(() => '12')]),
    ]
      .map((r) => r.join(';'))
      .join('\r\n'),
  );

  /** Sends one file while a second client asks for a list page, one request after another. */
  async function measure(filename: string, file: Buffer) {
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 5);
    let reading = true;
    const waits: number[] = [];
    const others = (async () => {
      for (let i = 0; reading && i < 2_000; i++) {
        const sent = performance.now();
        await (await fetch(`${url}/api/incidents?range=[0,24]`, { headers: { cookie } })).arrayBuffer();
        waits.push(performance.now() - sent);
      }
    })();
    const started = performance.now();
    const res = await fetch(`${url}/api/kpi/import?programmeId=1&year=2024`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ filename, content: file.toString('base64') }),
    });
    await res.arrayBuffer();
    const took = performance.now() - started;
    reading = false;
    await others;
    clearInterval(sampler);
    return { status: res.status, took, slowest: Math.max(...waits), grew: peak - before };
  }

  const hostile = await hostileXlsx();
  await measure('varm.csv', ordinary); // the first worker warms the loader's caches
  const bad = await measure('tal.xlsx', hostile);
  const good = await measure('tal.csv', ordinary);
  console.log(
    `hostile: ${(hostile.length / 1000).toFixed(0)} kB xlsx, one 400 MB cell → ${bad.status}; ordinary: ${ordinary.length} B csv → ${good.status}\n`,
  );
  printTable(
    [
      {
        metric: 'svar på filen',
        unit: 'ms',
        figures: { fjendtlig: bad.took, almindelig: good.took },
        goals: {},
      },
      {
        metric: 'længste ventetid for andre',
        unit: 'ms',
        figures: { fjendtlig: bad.slowest, almindelig: good.slowest },
        goals: { fjendtlig: { max: 100 }, almindelig: { max: 100 } },
      },
      {
        metric: 'serverens RSS voksede',
        unit: 'MB',
        figures: { fjendtlig: bad.grew, almindelig: good.grew },
        goals: { fjendtlig: { max: 150 }, almindelig: { max: 150 } },
      },
    ],
    ['fjendtlig', 'almindelig'],
  );
} finally {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
