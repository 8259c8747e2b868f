import { openFileStore } from './files/filesStore';
import { openPgStore } from './postgres/pgStore';
import type { Store } from './store';

export interface StoreOptions {
  /** postgres://user:password@host:port/database: the PostgreSQL engine; without it, files in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  seedFile?: string;
  clock: () => Date;
  snapshotLines?: number;
  /** The embedded store cannot go on (not a full disk, which it gets over). */
  onFatal?: (err: unknown) => void;
}

/** The engine the settings name: PostgreSQL with DATABASE_URL, else the embedded files. */
export function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl
    ? openPgStore({ databaseUrl: options.databaseUrl, seedFile: options.seedFile, clock: options.clock })
    : openFileStore(options);
}
