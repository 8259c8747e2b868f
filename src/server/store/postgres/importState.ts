import type pg from 'pg';
import { RESOURCE_NAMES } from '../../../domain/resourceNames';
import type { State } from '../state';
import { AUTH_COLLECTIONS } from '../types';
import { insertRecords } from './pgLoad';
import { inTransaction } from './transaction';

/** Whether the database holds anything of beredskab's: a copy never goes over one that does. */
export async function databaseIsEmpty(pool: pg.Pool): Promise<boolean> {
  const used = await pool.query(
    'SELECT 1 FROM records UNION ALL SELECT 1 FROM journal UNION ALL SELECT 1 FROM audit LIMIT 1',
  );
  return used.rowCount === 0;
}

/** Copies a whole state — records, users, sessions, failed logins, audit log, ids issued — in one transaction. */
export function importState(pool: pg.Pool, state: State): Promise<void> {
  return inTransaction(pool, async (client) => {
    for (const coll of [...RESOURCE_NAMES, ...AUTH_COLLECTIONS]) {
      await insertRecords(client, coll, state.all(coll));
      await client.query(
        `INSERT INTO issued_ids (coll, last) VALUES ($1, $2)
         ON CONFLICT (coll) DO UPDATE SET last = GREATEST(issued_ids.last, EXCLUDED.last)`,
        [coll, state.issuedId(coll)],
      );
    }
    for (let i = 0; i < state.audit.length; i += 1000)
      await client.query(
        "INSERT INTO audit (id, entry) SELECT (e->>'id')::bigint, e FROM json_array_elements($1::json) AS e",
        [JSON.stringify(state.audit.slice(i, i + 1000))],
      );
  });
}
