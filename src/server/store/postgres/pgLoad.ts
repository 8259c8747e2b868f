import type pg from 'pg';
import { RESOURCE_NAMES, type StoredRecord } from '../../../domain/resources';
import type { AuditEntry } from '../audit';
import { seedForToday } from '../demoSeed';
import { versioned } from '../versioned';
import { State } from '../state';
import { inTransaction } from './transaction';
import { AUTH_COLLECTIONS, type Collection, type Row } from '../types';

const COLLECTIONS: readonly Collection[] = [...RESOURCE_NAMES, ...AUTH_COLLECTIONS];

/**
 * The state as the database holds it, read in one snapshot of the database, so the
 * records, the audit log and the journal position agree. The journal is followed from there.
 */
export async function loadPgState(pool: pg.Pool): Promise<State> {
  const { seq, records, audit, issued } = await inTransaction(
    pool,
    async (client) => ({
      seq: await client.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM journal'),
      records: await client.query<{ coll: string; data: Row }>('SELECT coll, data FROM records ORDER BY ord'),
      audit: await client.query<{ entry: AuditEntry }>('SELECT entry FROM audit ORDER BY id'),
      issued: await client.query<{ coll: string; last: string }>('SELECT coll, last FROM issued_ids'),
    }),
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
  const byColl = new Map<string, Row[]>();
  for (const { coll, data } of records.rows) {
    let list = byColl.get(coll);
    if (!list) byColl.set(coll, (list = []));
    list.push(data);
  }
  const lastIds = new Map(issued.rows.map((r) => [r.coll, Number(r.last)]));
  const state = new State();
  for (const coll of COLLECTIONS) state.load(coll, byColl.get(coll) ?? [], lastIds.get(coll) ?? 0);
  state.audit.push(...audit.rows.map((r) => r.entry));
  state.seq = Number(seq.rows[0]?.seq ?? 0);
  return state;
}

/** Rows for a set of records, many to a statement: a seed or a whole embedded store. */
export async function insertRecords(client: pg.PoolClient, coll: Collection, records: readonly Row[]) {
  for (let i = 0; i < records.length; i += 1000)
    await client.query('SELECT beredskab_put($1, r) FROM json_array_elements($2::json) AS r', [
      coll,
      JSON.stringify(records.slice(i, i + 1000)),
    ]);
}

/**
 * A new database gets the demo data as a first start of the embedded store would; two
 * processes starting at once take turns, and only the first finds it empty.
 */
export function seedIfEmpty(pool: pg.Pool, seed: Record<string, unknown> | undefined, now: Date) {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(4711002)');
    const used = await client.query('SELECT 1 FROM records UNION ALL SELECT 1 FROM journal LIMIT 1');
    if (used.rowCount !== 0 || !seed) return false;
    const data = seedForToday(seed, now) as Record<string, StoredRecord[] | undefined>;
    for (const name of RESOURCE_NAMES) await insertRecords(client, name, (data[name] ?? []).map(versioned));
    return true;
  });
}
