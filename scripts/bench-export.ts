/**
 * npm run bench:export — the yearly workbook for a year with 10,000 incidents, 200 action
 * plans and 50 areas: seconds to build and write it, and peak memory (RSS) of a fresh
 * process that loads the store and exports, as the server does.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionPlanSchema } from '../src/domain/actionPlanSchema';
import { ROOT, largeSeed } from './bench/largeStore';

const INCIDENTS = Number(process.env.INCIDENTS ?? 10_000);
const YEAR_MS = Date.UTC(2026, 0, 1) - Date.UTC(2025, 0, 1);
const seed = largeSeed(INCIDENTS);

// One programme with 50 areas and the incidents spread evenly over 2025.
const areas = Array.from({ length: 50 }, (_, i) => ({
  id: i + 1,
  name: `Område ${i + 1}`,
  programmeId: 2,
  housingOrganisation: 'Boligselskab',
  departmentNumber: null,
  households: 100 + i,
  residents: 250 + i,
  version: 1,
}));
const incidents = (seed.incidents as Record<string, unknown>[]).map((incident, n) => ({
  ...incident,
  programmeId: 2,
  areaId: (n % 50) + 1,
  occurredAt: new Date(
    Date.UTC(2025, 0, 1, 12) + Math.floor((n / INCIDENTS) * (YEAR_MS - 86_400_000)),
  ).toISOString(),
}));
const plans = Array.from({ length: 200 }, (_, n) => ({
  id: n + 1,
  ...actionPlanSchema.parse({
    programmeId: 2,
    incidentIds: [n + 1, n + 201],
    startDate: '2025-03-01',
    endDate: '2025-04-01',
    interventions: [{ action: 'Patruljering', party: 'Politiet' }],
  }),
  history: [{ at: '2025-03-01T10:00:00.000Z', username: 'bench', event: 'created' }],
}));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-bench-')), 'db.json');
fs.writeFileSync(file, JSON.stringify({ ...seed, areas, incidents, actionPlans: plans }));

const runs = [1, 2, 3].map(() => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/exportOnce.ts', file, '2', '2025'],
    { cwd: ROOT },
  );
  return JSON.parse(out.toString().trim().split('\n').at(-1)!) as {
    seconds: number;
    bytes: number;
    loadedRss: number;
    peakRss: number;
  };
});
fs.rmSync(path.dirname(file), { recursive: true, force: true });

const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log(
  `status workbook: ${INCIDENTS} incidents in the year, ${plans.length} action plans, ${areas.length} areas`,
);
for (const [i, r] of runs.entries())
  console.log(
    `run ${i + 1}: ${r.seconds.toFixed(2)} s, ${(r.bytes / 1e6).toFixed(1)} MB workbook, peak RSS ${mb(r.peakRss)} (store loaded: ${mb(r.loadedRss)})`,
  );
