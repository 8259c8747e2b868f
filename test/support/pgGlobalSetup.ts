import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCluster, stopCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The postgres project's cluster: CI's (TEST_DATABASE_URL), or one started here and stopped after. */
export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-pg-'));
  project.provide('databaseUrl', startCluster(dir, 20_000 + Math.floor(Math.random() * 20_000)));
  return () => stopCluster(dir);
}
