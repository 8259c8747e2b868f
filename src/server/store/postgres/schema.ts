import type pg from 'pg';
import { inTransaction } from './transaction';

/**
 * Stores a journal line, its records and audit entries, and notifies the other processes
 * with `notify` (an SQL expression of p_line and p_seq). The same function in every
 * version; only what the notification carries changed.
 */
const commitFunction = (create: 'CREATE' | 'CREATE OR REPLACE', notify: string) => `
  -- Stores a line with the next seq, or, when another process stored one with that seq
  -- first, stores nothing and returns the lines from there, for the caller to catch up and decide again.
  ${create} FUNCTION beredskab_commit(p_seq bigint, p_line json) RETURNS SETOF json LANGUAGE plpgsql AS $$
  DECLARE
    op json;
    v_coll text;
    v_record json;
  BEGIN
    INSERT INTO journal (seq, line) VALUES (p_seq, p_line) ON CONFLICT (seq) DO NOTHING;
    IF NOT FOUND THEN
      RETURN QUERY SELECT line FROM journal WHERE seq >= p_seq ORDER BY seq;
      RETURN;
    END IF;
    FOR op IN SELECT * FROM json_array_elements(p_line->'ops') LOOP
      IF op->>'op' = 'put' THEN
        PERFORM beredskab_put(op->>'coll', op->'record');
      ELSIF op->>'op' = 'delete' THEN
        DELETE FROM records WHERE records.coll = op->>'coll' AND records.id = op->>'id';
      ELSE
        FOR v_coll IN SELECT json_object_keys(op->'data') LOOP
          DELETE FROM records WHERE records.coll = v_coll;
          FOR v_record IN SELECT * FROM json_array_elements(op->'data'->v_coll) LOOP
            PERFORM beredskab_put(v_coll, v_record);
          END LOOP;
        END LOOP;
        FOR v_coll IN SELECT json_object_keys(op->'lastIds') LOOP
          INSERT INTO issued_ids (coll, last) VALUES (v_coll, (op->'lastIds'->>v_coll)::bigint)
            ON CONFLICT (coll) DO UPDATE SET last = GREATEST(issued_ids.last, EXCLUDED.last);
        END LOOP;
      END IF;
    END LOOP;
    INSERT INTO audit (id, entry) SELECT (e->>'id')::bigint, e FROM json_array_elements(p_line->'audit') e;
    PERFORM pg_notify('beredskab_journal', ${notify});
    RETURN;
  END $$;
`;

/**
 * The schema, one migration a version, applied in order on start. Never edit a migration
 * that has shipped: add the next one.
 *
 * - journal: every commit as one line (the same as the embedded engine's journal.jsonl),
 *   its seq the primary key: two processes that decided against the same state cannot
 *   both store the next line. Every process follows it (LISTEN/NOTIFY) into its memory.
 * - records: the current value of every record of every collection, and audit: the audit
 *   log, written by `beredskab_commit` in the same transaction as the journal line.
 * Values are `json`, not `jsonb`: kept as written, with their keys in order, so every
 * process reads back exactly the record the embedded engine would hold.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE journal (
    seq bigint PRIMARY KEY,
    line json NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE records (
    coll text NOT NULL,
    id text NOT NULL,
    ord bigserial NOT NULL,
    data json NOT NULL,
    PRIMARY KEY (coll, id)
  );
  CREATE INDEX records_order ON records (coll, ord);
  CREATE TABLE issued_ids (coll text PRIMARY KEY, last bigint NOT NULL);
  CREATE TABLE audit (id bigint PRIMARY KEY, entry json NOT NULL);
  CREATE TABLE health (id int PRIMARY KEY, at timestamptz NOT NULL);

  CREATE FUNCTION beredskab_put(p_coll text, p_record json) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO records (coll, id, data) VALUES (p_coll, p_record->>'id', p_record)
      ON CONFLICT (coll, id) DO UPDATE SET data = EXCLUDED.data;
    IF json_typeof(p_record->'id') = 'number' THEN
      INSERT INTO issued_ids (coll, last) VALUES (p_coll, (p_record->>'id')::bigint)
        ON CONFLICT (coll) DO UPDATE SET last = GREATEST(issued_ids.last, EXCLUDED.last);
    END IF;
  END $$;

  ${commitFunction(
    'CREATE',
    // The line itself when it fits in a notification (8000 bytes), else its seq to fetch it by.
    'CASE WHEN octet_length(p_line::text) < 7900 THEN p_line::text ELSE p_seq::text END',
  )}
  `,
  // Only the seq: a notification reaches any role that may LISTEN on the database, and a
  // line holds notes, sessions and users. Every process reads the line from the table.
  commitFunction('CREATE OR REPLACE', 'p_seq::text'),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaTooNewError extends Error {}

/**
 * Brings the database to this version's schema; two processes starting at once take
 * turns (an advisory lock). A database made by a newer version is refused, untouched.
 */
export function migrate(pool: pg.Pool): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(4711001)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION)
      throw new SchemaTooNewError(
        `Databasen har skemaversion ${current}, men denne version af beredskab kender kun version ${SCHEMA_VERSION}. ` +
          'Opdater beredskab, før serveren startes; databasen er ikke ændret.',
      );
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      await client.query(MIGRATIONS[version - 1]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
  });
}
