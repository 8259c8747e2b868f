/**
 * A store the size the issues measure against: the demo programmes and areas, plus
 * synthetic incidents spread over ten years, each derived by the domain like a real write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../../src/domain/categories';
import { ACTIVATORS, ESCALATION_RISKS, incidentSchema } from '../../src/domain/incidentSchema';
import { deriveIncident } from '../../src/domain/incidentRules';
import { LEVELS } from '../../src/domain/levels';
import { seedForToday } from '../../src/server/store/demoSeed';
import { addUserTo } from '../lib/store';
import { createRng } from '../demo/prng';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_PASSWORD = 'benchmark-password';

export function largeSeed(incidentCount: number): Record<string, unknown[]> {
  // As a first start lays the demo out today (the synthetic incidents replace its own).
  const seed = seedForToday(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'data/seed.json'), 'utf8')),
    new Date(),
  );
  const areas = seed.areas as unknown as { id: number; programmeId: number }[];
  const rng = createRng(4711);
  const start = Date.parse('2016-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;
  const incidents = [];
  for (let id = 1; id <= incidentCount; id++) {
    const area = rng.pick(areas);
    const occurredAt = new Date(start + Math.floor((rng.int(0, 1_000_000) / 1_000_000) * span)).toISOString();
    const input = incidentSchema.parse({
      programmeId: area.programmeId,
      areaId: area.id,
      occurredAt,
      levelSetAt: occurredAt,
      level: rng.pick(LEVELS),
      category: rng.pick(CATEGORIES),
      policeCase: rng.int(0, 3) === 0,
      activatedBy: rng.pick(ACTIVATORS),
      involvedCount: rng.int(1, 30),
      escalationRisk: rng.pick(ESCALATION_RISKS),
      description: `Syntetisk hændelse nr. ${id} til måling af svartider`,
      confidentialNotes: rng.int(0, 4) === 0 ? `Fortroligt notat ${id}` : null,
      meetingHeldAt:
        rng.int(0, 2) === 0
          ? null
          : new Date(Date.parse(occurredAt) + rng.int(1, 96) * 3_600_000).toISOString(),
      status: 'closed',
    });
    incidents.push({ id, ...deriveIncident(input, undefined, new Date(occurredAt)) });
  }
  return { ...seed, incidents };
}

/** A temporary DATA_DIR holding the large store and one admin user. */
export async function largeDataDir(incidentCount: number): Promise<{ dataDir: string; seedFile: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-bench-'));
  const seedFile = path.join(dataDir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(largeSeed(incidentCount)));
  fs.copyFileSync(seedFile, path.join(dataDir, 'db.json'));
  await addUserTo(dataDir, { username: 'bench', role: 'admin', password: BENCH_PASSWORD });
  return { dataDir, seedFile };
}

export function summarise(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (n=${samples.length})`;
}
