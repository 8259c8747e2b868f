/**
 * npm run users -- add --username U --role admin|editor|board --password P [--full-name "Navn"]
 * npm run users -- list
 * Works on DATA_DIR (default ./data), the same folder the server uses.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../src/server/errors';
import { UserStore } from '../src/server/users';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    'full-name': { type: 'string' },
  },
});

const store = new UserStore(path.resolve(process.env.DATA_DIR ?? 'data'));
const [command] = positionals;

try {
  if (command === 'add') {
    const user = await store.add({
      username: values.username ?? '',
      role: values.role as 'admin',
      password: values.password ?? '',
      fullName: values['full-name'],
    });
    console.log(`Oprettet: ${user.username} (${user.role})`);
  } else if (command === 'list') {
    for (const u of store.all())
      console.log(`${u.id}\t${u.username}\t${u.role}\t${u.active ? 'aktiv' : 'deaktiveret'}\t${u.fullName}`);
  } else {
    console.error(
      'Brug: npm run users -- add --username U --role admin|editor|board --password P [--full-name N]',
    );
    console.error('     npm run users -- list');
    process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  if (err instanceof ApiError)
    for (const [field, text] of Object.entries(err.errors ?? {})) console.error(`${field}: ${text}`);
  process.exitCode = 1;
}
