import type { Bench } from './contenders';

const PASSWORD = 'benchmark-import-1';
const USERS = 6;

/** A CSV of about 690 kB: a header and rows of figures, as a housing company's export might be. */
function bigCsv(): string {
  const rows = ['Boligomrade;Beboere;Fraflytning'];
  for (let i = 0, size = 0; size < 690_000; i++) {
    const row = `Omrade ${i};${1000 + i};${i % 97},5`;
    rows.push(row);
    size += row.length + 2;
  }
  return Buffer.from(rows.join('\r\n')).toString('base64');
}

async function login(bench: Bench, username: string): Promise<string> {
  const res = await fetch(`${bench.api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/**
 * Six users send a 690 kB CSV each at the same moment while another client keeps asking
 * for a page: how much the server's memory grows, the other client's longest wait, and
 * how many files were answered 429 (the pool's two workers busy past the short wait).
 */
export async function parallelImports(
  bench: Bench,
): Promise<{ rssGrowthMb: number; othersMaxMs: number; refused: number }> {
  const cookies: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const username = `import-${i}-${Date.now()}`;
    const created = await fetch(`${bench.api}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: bench.cookie() },
      body: JSON.stringify({ username, fullName: username, role: 'admin', password: PASSWORD }),
    });
    if (created.status !== 201) throw new Error(`user ${username}: ${created.status}`);
    cookies.push(await login(bench, username));
  }
  const body = JSON.stringify({ filename: 'tal.csv', content: bigCsv() });
  const send = (cookie: string) =>
    fetch(`${bench.api}/kpi/import?programmeId=1&year=2024`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    }).then(async (res) => (await res.arrayBuffer(), res.status));
  await send(cookies[0]!); // a worker ready, as on a server that has read files before

  const before = bench.rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, bench.rssMb())), 5);
  let running = true;
  let othersMaxMs = 0;
  const others = (async () => {
    while (running) {
      const t0 = performance.now();
      await bench.page();
      othersMaxMs = Math.max(othersMaxMs, performance.now() - t0);
    }
  })();
  const statuses = await Promise.all(cookies.map(send));
  running = false;
  await others;
  clearInterval(sampler);
  if (statuses.some((s) => s >= 500)) throw new Error(`imports answered ${statuses.join(', ')}`);
  return { rssGrowthMb: peak - before, othersMaxMs, refused: statuses.filter((s) => s === 429).length };
}
