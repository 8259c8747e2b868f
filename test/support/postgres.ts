import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { inject } from 'vitest';
import { ROOT } from './process';

/**
 * The PostgreSQL the suites run against: TEST_DATABASE_URL when CI started one, else a
 * throwaway cluster of its own (scripts/pg-throwaway.sh). Each test server gets a
 * database of its own, dropped when it closes.
 */
export const ENGINE = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'files';

export const adminUrl = (): string => process.env.TEST_DATABASE_URL || inject('databaseUrl');

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

let counter = 0;

/** A new, empty database on the test cluster, and how to drop it. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `beredskab_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl(), name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Starts a throwaway cluster in `dir` on `port`; returns its admin URL. */
export function startCluster(dir: string, port: number): string {
  return execFileSync(`${ROOT}/scripts/pg-throwaway.sh`, ['start', dir, String(port)], {
    encoding: 'utf8',
  }).trim();
}

export function stopCluster(dir: string): void {
  execFileSync(`${ROOT}/scripts/pg-throwaway.sh`, ['stop', dir]);
}

/** An outage: the cluster stops at once (as on a crash) and starts again later on the same port. */
export const haltCluster = (dir: string) => execFileSync(`${ROOT}/scripts/pg-throwaway.sh`, ['halt', dir]);
export const resumeCluster = (dir: string, port: number) =>
  execFileSync(`${ROOT}/scripts/pg-throwaway.sh`, ['resume', dir, String(port)]);

/** What a test database holds: users and audit as rows, and every table as text. */
export async function persistedInDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = await client.query("SELECT data FROM records WHERE coll = 'users' ORDER BY ord");
    const audit = await client.query('SELECT entry FROM audit ORDER BY id');
    const text = await client.query(
      `SELECT coalesce(string_agg(t, E'\\n'), '') AS text FROM (
         SELECT data::text AS t FROM records UNION ALL SELECT line::text FROM journal
         UNION ALL SELECT entry::text FROM audit) rows`,
    );
    return {
      users: users.rows.map((r) => r.data),
      audit: audit.rows.map((r) => r.entry),
      text: text.rows[0].text as string,
    };
  } finally {
    await client.end();
  }
}
