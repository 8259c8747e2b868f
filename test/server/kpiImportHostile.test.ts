import { afterAll, beforeAll, expect, it } from 'vitest';
import { hostileXlsx } from '../../scripts/lib/hostileXlsx';
import { kpiFixture } from '../support/kpiFixture';
import { startServer, type Client, type TestServer } from '../support/server';

let server: TestServer;
let editor: Client;
beforeAll(async () => {
  server = await startServer({ seed: kpiFixture });
  editor = await server.as('editor');
});
afterAll(() => server.close());

// The server runs in this process: its memory is this process's, sampled while the file is read.
it('refuses an xlsx that unpacks to a 400 MB cell, without the memory and while answering others', async () => {
  const file = await hostileXlsx(400_000_000);
  expect(file.length).toBeLessThan(700_000);
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const waits: number[] = [];
  let reading = true;
  const pings = (async () => {
    // Bounded: the file is read in well under the 1000 pings this allows.
    for (let i = 0; reading && i < 1000; i++) {
      const sent = performance.now();
      expect((await editor.get('/api/health')).status).toBe(200);
      waits.push(performance.now() - sent);
    }
  })();
  const started = performance.now();
  const res = await editor.post('/api/kpi/import?programmeId=1&year=2019', {
    filename: 'tal.xlsx',
    content: file.toString('base64'),
  });
  const took = performance.now() - started;
  reading = false;
  await pings;
  clearInterval(sampler);
  const grew = (peak - before) / 1e6;
  console.log(
    `hostile xlsx: ${(file.length / 1000).toFixed(0)} kB → 400 MB cell; answered ${res.status} in ${took.toFixed(0)} ms; ` +
      `${waits.length} other requests meanwhile, slowest ${Math.max(...waits).toFixed(0)} ms; RSS grew ${grew.toFixed(0)} MB`,
  );
  expect(res.status).toBe(400);
  expect(res.body.message).toBe('Filen er for stor eller for indviklet til at blive læst');
  expect(waits.length).toBeGreaterThan(0);
  expect(grew).toBeLessThanOrEqual(150);
  // The server goes on reading ordinary files.
  const ordinary = await editor.post('/api/kpi/import?programmeId=1&year=2019', {
    filename: 'tal.csv',
    content: Buffer.from('Boligområde;klager\nEllekonebakken;24\n').toString('base64'),
  });
  expect(ordinary.body.cells[0].value).toBe(24);
});
