import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { scheduleBackups } from './backups';
import { addUser } from './changes/users';
import { hashPassword } from './users';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));

const { app, store, close } = await createApp({
  dataDir,
  seedFile: path.join(root, 'data/seed.json'),
  staticDir: path.join(root, 'dist'),
  secureCookies: process.env.COOKIE_SECURE === 'true',
  trustProxy: process.env.TRUST_PROXY,
  snapshotLines: process.env.SNAPSHOT_LINES ? Number(process.env.SNAPSHOT_LINES) : undefined,
});

if (store.all('users').length === 0) {
  const password = crypto.randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await store.commit(
    addUser(
      { username: 'admin', fullName: 'Administrator', role: 'admin', passwordHash },
      { userId: null, username: 'første start', role: null },
    ),
  );
  console.log(
    [
      '',
      '  Første start: brugeren "admin" er oprettet.',
      `  Adgangskode: ${password}`,
      '  Den vises kun denne ene gang. Opret flere brugere med',
      '  npm run users -- add --username U --role admin|editor|board --password P',
      '',
    ].join('\n'),
  );
}
scheduleBackups(store);

const server = app.listen(port, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`beredskab kører på http://localhost:${actual} (data i ${dataDir})`);
});

// A stop (SIGTERM, Ctrl-C) leaves db.json holding everything, ready for `npx json-server`;
// a kill loses nothing either: the next start replays the journal.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void store
      .snapshot()
      .catch(() => undefined)
      .then(close)
      .then(() => process.exit(0));
  });
