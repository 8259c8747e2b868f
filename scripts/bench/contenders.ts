import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { request, type Answer } from './httpClient';
import { BENCH_PASSWORD, ROOT } from './largeStore';

export type Kind = 'files' | 'postgres' | 'stock';

/** One server under measurement: ours (`npm run server`, on either engine) or stock json-server 0.17.4 on the same data. */
export interface Bench {
  startMs: number;
  /** The API's base address, and the logged-in admin's cookie, for phases of their own. */
  api: string;
  cookie(): string;
  /** The server's resident memory now, from /proc. */
  rssMb(): number;
  post(body: unknown): Promise<Answer>;
  /** Programme 2's red incidents, newest first, page 1: the incident list with a filter. */
  page(): Promise<Answer>;
  restart(): Promise<void>;
  stop(): Promise<void>;
  peakRssMb(): number;
  /** Counts the snapshots written until stopped (stock writes its file on every write: not counted). */
  watchSnapshots(): { stop(): number };
}

const FILTER = { programmeId: 2, level: 'red' };
const q = (o: Record<string, unknown>) =>
  '?' + new URLSearchParams(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, JSON.stringify(v)])));

interface Options {
  kind: Kind;
  dataDir: string;
  databaseUrl?: string;
}

function launch({ kind, dataDir, databaseUrl }: Options, port: number): ChildProcess {
  return kind !== 'stock'
    ? spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PORT: String(port),
          SNAPSHOT_LINES: '2500',
          DATABASE_URL: kind === 'postgres' ? databaseUrl : '',
        },
        // Its errors shown: a server that cannot start says why.
        stdio: ['ignore', 'ignore', 'inherit'],
      })
    : spawn(
        path.join(ROOT, 'node_modules/.bin/json-server'),
        [path.join(dataDir, 'db.json'), '--port', String(port)],
        {
          stdio: 'ignore',
        },
      );
}

/** Milliseconds from the spawn to the first answer of any kind. */
async function firstAnswer(url: string, started: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      await (await fetch(url)).arrayBuffer();
      return performance.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

let nextPort = 40_000 + Math.floor(Math.random() * 10_000);

export async function startBench(options: Options): Promise<Bench> {
  const { kind, dataDir } = options;
  const ours = kind !== 'stock';
  const port = nextPort++;
  const base = `http://127.0.0.1:${port}`;
  const api = ours ? `${base}/api` : base;
  let child!: ChildProcess;
  let cookie = '';
  const status = () => fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const bench: Bench = {
    startMs: 0,
    api,
    cookie: () => cookie,
    rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(status())![1]) / 1024,
    post: (body) =>
      request(`${api}/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      }),
    page: () =>
      request(
        ours
          ? `${api}/incidents${q({ filter: FILTER, sort: ['occurredAt', 'DESC'], range: [0, 24] })}`
          : `${api}/incidents?programmeId=2&level=red&_sort=occurredAt&_order=desc&_start=0&_end=25`,
        { headers: { cookie } },
      ),
    async restart() {
      await bench.stop();
      await start();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    peakRssMb: () => Number(/VmHWM:\s+(\d+) kB/.exec(status())![1]) / 1024,
    watchSnapshots() {
      if (kind !== 'files') return { stop: () => NaN };
      const file = path.join(dataDir, 'db.json');
      let last = fs.statSync(file).mtimeMs;
      let count = 0;
      const timer = setInterval(() => {
        const now = fs.statSync(file).mtimeMs;
        if (now !== last) count++;
        last = now;
      }, 50);
      return { stop: () => (clearInterval(timer), count) };
    },
  };
  async function start() {
    const started = performance.now();
    child = launch(options, port);
    bench.startMs = await firstAnswer(`${api}/incidents?_limit=1`, started, child);
    if (ours) {
      const login = await fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
      });
      cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    }
  }
  await start();
  return bench;
}
