import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { scheduleBackups } from './backups';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));

const { app, users } = createApp({
  dataDir,
  seedFile: path.join(root, 'data/seed.json'),
  staticDir: path.join(root, 'dist'),
  secureCookies: process.env.COOKIE_SECURE === 'true',
});

scheduleBackups(dataDir);

if (!users.exists()) {
  const password = crypto.randomBytes(12).toString('base64url');
  await users.add({ username: 'admin', fullName: 'Administrator', role: 'admin', password });
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

const server = app.listen(port, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`beredskab kører på http://localhost:${actual} (data i ${dataDir})`);
});
