/**
 * npm run bench:api — answers the foundation issue's speed question: with 10,000
 * incidents in the store, how long do a filtered, sorted page of the incident list
 * and a write take, measured over HTTP against the real server process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BENCH_PASSWORD, largeDataDir, summarise } from './bench/largeStore';
import { startBenchServer } from './bench/serverProcess';

const COUNT = Number(process.env.INCIDENTS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 100);

const { dataDir } = await largeDataDir(COUNT);
const { url, server } = await startBenchServer(dataDir);

const login = await fetch(`${url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

async function time(method: string, pathname: string, body?: unknown): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url + pathname, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status}`);
  return performance.now() - t0;
}

const q = (o: Record<string, unknown>) =>
  '?' + new URLSearchParams(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, JSON.stringify(v)])));

const cases: [string, () => Promise<number>][] = [
  [
    'list: filter programme+level, sort occurredAt DESC, page 1',
    () =>
      time(
        'GET',
        '/api/incidents' +
          q({ filter: { programmeId: 2, level: 'red' }, sort: ['occurredAt', 'DESC'], range: [0, 24] }),
      ),
  ],
  [
    'list: period 2020 + category, sort by area, page 3',
    () =>
      time(
        'GET',
        '/api/incidents' +
          q({
            filter: { occurredAt_gte: '2020-01-01', occurredAt_lte: '2020-12-31', category: 'arson' },
            sort: ['areaId', 'ASC'],
            range: [50, 74],
          }),
      ),
  ],
  [
    'list: full-text search q + overdue, sort deadline',
    () =>
      time(
        'GET',
        '/api/incidents' +
          q({
            filter: { q: 'hændelse 42', overdue: true },
            sort: ['responseDeadline', 'DESC'],
            range: [0, 24],
          }),
      ),
  ],
  [
    'write: PUT one incident (validate, derive, atomic save)',
    () =>
      time('PUT', `/api/incidents/${1 + Math.floor(Math.random() * COUNT)}`, {
        involvedCount: Math.floor(Math.random() * 20),
      }),
  ],
  [
    'write: POST a new incident',
    () =>
      time('POST', '/api/incidents', {
        programmeId: 1,
        areaId: 1,
        occurredAt: new Date().toISOString(),
        level: 'yellow',
        category: 'fights',
        activatedBy: 'police',
        description: 'Måling',
      }),
  ],
];

console.log(
  `beredskab API benchmark: ${COUNT} incidents, ${ROUNDS} rounds each, db.json ${(fs.statSync(path.join(dataDir, 'db.json')).size / 1e6).toFixed(1)} MB`,
);
for (const [name, run] of cases) {
  for (let i = 0; i < 5; i++) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) samples.push(await run());
  console.log(`${name}: ${summarise(samples)}`);
}
server.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
