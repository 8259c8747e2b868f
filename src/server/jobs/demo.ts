import fs from 'node:fs';
import { markDemoProgrammes } from '../changes/demo';
import { isSeedProgramme, seedProgrammes } from '../store/demoSeed';
import type { Store } from '../store/store';

/**
 * On start (server and command-line tools): a store created from the demo seed before its
 * programmes were marked gets them marked now (changes/demo.ts), so that it too can go live
 * with "Fjern demodata". Programmes the audit log saw created through the API are never marked.
 */
export async function markDemoOf(store: Store, seedFile: string | undefined): Promise<number> {
  if (!seedFile || !fs.existsSync(seedFile)) return 0;
  const unmarked = store.all('programmes').filter((p) => p.demo === undefined);
  if (unmarked.length === 0) return 0;
  const seed = seedProgrammes(JSON.parse(fs.readFileSync(seedFile, 'utf8')) as Record<string, unknown>);
  // Programmes made in the panel are never marked; the audit log is read only when one could be the demo's.
  if (!unmarked.some((p) => isSeedProgramme(seed, p))) return 0;
  const byHand = new Set(
    store
      .audit()
      .filter((e) => e.action === 'create' && e.resource === 'programmes' && e.recordId !== null)
      .map((e) => e.recordId!),
  );
  const { result } = await store.commit(markDemoProgrammes(seed, byHand));
  return result;
}
