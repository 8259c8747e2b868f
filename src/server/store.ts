import fs from 'node:fs';
import path from 'node:path';
import low from 'lowdb';
import { RESOURCE_NAMES } from '../domain/resources';
import type { StoredRecord } from '../domain/resources';
import { readJson, writeJsonAtomic } from './atomicFile';
import { seedForToday } from './demoSeed';

/** The store's collections; `_lastIds` (see nextId) is the one entry that is no collection. */
export type DbState = Record<string, StoredRecord[]>;
export type Store = low.LowdbSync<DbState>;

/** lowdb 1 adapter: json-server's own FileSync writes over the file in place. */
class AtomicJsonAdapter {
  constructor(private readonly file: string) {}
  read(): DbState {
    return readJson<DbState>(this.file) ?? {};
  }
  write(state: DbState): void {
    writeJsonAtomic(this.file, state);
  }
}

/**
 * Opens `dataDir/db.json`, creating it on first start from the seed, its demo dates laid
 * out around `now`. Every resource gets its collection, since json-server only routes
 * collections that exist.
 */
export function openStore(dataDir: string, seedFile: string, now: Date): { store: Store; created: boolean } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'db.json');
  // A kill in the middle of an atomic write leaves its temp file behind; db.json itself is whole.
  for (const stale of fs.readdirSync(dataDir).filter((f) => /^db\.json\.\d+$/.test(f)))
    fs.rmSync(path.join(dataDir, stale));
  const created = !fs.existsSync(file);
  if (created) writeJsonAtomic(file, seedForToday(readJson<DbState>(seedFile) ?? {}, now));
  const store = low(new AtomicJsonAdapter(file) as unknown as low.AdapterSync<DbState>);
  const state = store.getState();
  let changed = false;
  for (const name of RESOURCE_NAMES) {
    if (!Array.isArray(state[name])) {
      state[name] = [];
      changed = true;
    }
    // Records from the seed or from before versions existed start at version 1.
    for (const record of state[name]!) {
      if (typeof record.version !== 'number') {
        record.version = 1;
        changed = true;
      }
    }
  }
  if (changed) store.write();
  return { store, created };
}

/**
 * The next id of a collection. Ids are never reused: json-server would hand out the
 * highest id + 1, so a deleted record's id came back and its history with it. The
 * last issued id per collection is kept in the store itself, written with the record.
 */
export function nextId(store: Store, resource: string): number {
  const state = store.getState() as DbState & { _lastIds?: Record<string, number> };
  const issued = (state._lastIds ??= {});
  const highest = Math.max(0, ...(state[resource] ?? []).map((r) => r.id));
  const id = Math.max(issued[resource] ?? 0, highest) + 1;
  issued[resource] = id;
  return id;
}
