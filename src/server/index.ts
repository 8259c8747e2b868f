import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { createApp } from './app';
import { scheduleBackups } from './jobs/backups';
import { addUser } from './changes/users';
import { hashPassword } from './identity/users';
import { oidcOptionsFrom } from './identity/oidc';
import { KEY_FILE } from './identity/secretBox';
import { lifecycle, logger } from './log/logger';

// A full collection once the heap has grown by a fifth of what is live, not by V8's default of up
// to double: the whole store lives in the heap, so the default lets a 100,000-incident server
// under steady writes reach 700 MB where under 400 MB hold it. Set before the store is loaded.
v8.setFlagsFromString('--heap-growing-percent=20');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 3000);
// Only this machine by default; 0.0.0.0 behind a reverse proxy or in a container.
const host = process.env.HOST || '127.0.0.1';
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));

let oidc: ReturnType<typeof oidcOptionsFrom>;
try {
  oidc = oidcOptionsFrom(process.env);
} catch (err) {
  // A half-set or plain-http OIDC setting: said, not a stack.
  logger.fatal((err as Error).message);
  process.exit(1);
}

const { app, store, close } = await createApp({
  dataDir,
  seedFile: path.resolve(process.env.SEED_FILE ?? path.join(root, 'data/seed.json')),
  demo: process.env.DEMO !== 'false',
  staticDir: path.join(root, 'dist'),
  secureCookies: process.env.COOKIE_SECURE === 'true',
  trustProxy: process.env.TRUST_PROXY,
  snapshotLines: process.env.SNAPSHOT_LINES ? Number(process.env.SNAPSHOT_LINES) : undefined,
  // Nothing acknowledged is lost (the journal is synced); a restart by the supervisor reads it again.
  // A moment first, for the requests waiting on it to be answered 503.
  onStoreFatal: () => setTimeout(() => process.exit(1), 200),
  databaseUrl: process.env.DATABASE_URL || undefined,
  oidc,
  localLogin: process.env.LOCAL_LOGIN !== 'false',
  secretKey: process.env.SECRET_KEY || undefined,
  metricsToken: process.env.METRICS_TOKEN || undefined,
  mail: {
    smtpUrl: process.env.SMTP_URL,
    from: process.env.MAIL_FROM,
    publicUrl: process.env.PUBLIC_URL || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    smsGatewayUrl: process.env.SMS_GATEWAY_URL,
    smsToken: process.env.SMS_TOKEN,
    smsSender: process.env.SMS_SENDER,
    smsCallbackSecret: process.env.SMS_CALLBACK_SECRET,
  },
}).catch((err: unknown) => {
  // A locked DATA_DIR, a database newer than this version, an unreachable database: said, not a stack.
  logger.fatal((err as Error).message);
  process.exit(1);
});

if (store.all('users').length === 0) {
  const password = crypto.randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const made = await store
    .commit(
      addUser(
        { username: 'admin', fullName: 'Administrator', role: 'admin', passwordHash },
        { userId: null, username: 'første start', role: null },
      ),
    )
    // Another process on the same database made the first admin at the same moment; it printed the password.
    .then(() => true)
    .catch((err: unknown) => {
      if ((err as { status?: number }).status === 400) return false;
      throw err;
    });
  // A one-time secret for the person starting it, not a log line: written plainly, never in the log.
  if (made)
    process.stdout.write(
      [
        '',
        '  Første start: brugeren "admin" er oprettet.',
        `  Adgangskode: ${password}`,
        '  Den vises kun denne ene gang. Opret flere brugere med',
        '  npm run users -- add --username U --role editor --programme ID --password P',
        '',
        '',
      ].join('\n'),
    );
}
scheduleBackups(store);
if (store.engine === 'postgres' && !process.env.SECRET_KEY)
  // Another process with another DATA_DIR would have another key and could not read the second factors.
  logger.warn(
    `SECRET_KEY er ikke sat: nøglen i ${path.join(dataDir, KEY_FILE)} bruges. Flere processer på samme database skal have samme SECRET_KEY.`,
  );

const where = store.engine === 'postgres' ? 'data i PostgreSQL' : `data i ${dataDir}`;
const server = app.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  lifecycle.info(`beredskab kører på http://${host}:${actual} (${where})`);
});
// A port in use or an address not on this machine: said, not a stack.
server.once('error', (err) => {
  logger.fatal(`Kan ikke lytte på ${host}:${port}: ${err.message}`);
  process.exit(1);
});

// A stop (SIGTERM, Ctrl-C) leaves db.json holding everything, ready for `npx json-server`;
// a kill loses nothing either: the next start replays the journal.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    lifecycle.info(`beredskab stopper (${signal})`);
    server.close();
    server.closeAllConnections();
    void store
      .snapshot()
      .catch(() => undefined)
      .then(close)
      .then(() => process.exit(0));
  });
