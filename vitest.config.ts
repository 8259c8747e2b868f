import { defineConfig } from 'vitest/config';

/** Tests of the embedded store's files; the postgres project has its own in test/postgres. */
const FILES_ONLY = [
  'test/server/journal.test.ts',
  'test/server/crash.test.ts',
  'test/server/backups.test.ts',
  'test/server/sessions.test.ts',
  'test/server/startup.test.ts',
  'test/server/usersCli.test.ts',
  // Reading files does not touch the store: once is enough.
  'test/server/kpiImportDanish.test.ts',
  'test/server/kpiImportHostile.test.ts',
  'test/server/oidcSettings.test.ts',
  // The built panel's files and headers: no store in them.
  'test/server/staticAssets.test.ts',
  // Server processes of their own, on the embedded store.
  'test/server/outboxCrash.test.ts',
  'test/server/storeLock.test.ts',
  'test/server/erasureCrash.test.ts',
  'test/server/importLimits.test.ts',
  // A tmpfs as DATA_DIR: the embedded store's own disk.
  'test/server/diskFull.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // A browser test on a loaded 2-core machine may take seconds a step; a hung one still fails in a minute.
    testTimeout: 60_000,
    // A failed comparison shows the whole value (an axe finding's rule and targets), not {…(5)}.
    chaiConfig: { truncateThreshold: 0 },
    hookTimeout: 120_000,
    // Two files at a time, not vitest's one on a 2-core machine: most files wait on a server, a
    // database or a browser, and one at a time the suite outgrows CI's half hour.
    maxWorkers: 2,
    // The servers the tests start in their own process write no line per request (warnings and
    // errors still): thousands of them would drown the run. test/server/logs.test.ts asks for info.
    env: { LOG_LEVEL: 'warn' },
    projects: [
      // Every suite on the embedded store.
      {
        extends: true,
        test: { name: 'files', include: ['test/**/*.test.ts'], exclude: ['test/postgres/**'] },
      },
      // The HTTP suite again on PostgreSQL, and the tests of several processes on one database.
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/server/**/*.test.ts', 'test/postgres/**/*.test.ts'],
          exclude: FILES_ONLY,
          env: { TEST_ENGINE: 'postgres' },
          globalSetup: ['test/support/pgGlobalSetup.ts'],
        },
      },
    ],
  },
});
