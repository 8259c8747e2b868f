/**
 * npm run users -- add --username U --role admin|editor|board --password P [--full-name "Navn"]
 * npm run users -- list
 * npm run users -- reset-password --username U   (prints a new random password once)
 * Works on DATA_DIR (default ./data) through the server's own store; stop the server first.
 */
import { parseArgs } from 'node:util';
import { ApiError } from '../src/server/errors';
import { allUsers } from '../src/server/users';
import { addUserTo, dataDirFromEnv, resetPasswordIn, withStore } from './lib/store';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    'full-name': { type: 'string' },
  },
});

const [command] = positionals;

try {
  if (command === 'add') {
    const user = await addUserTo(dataDirFromEnv(), {
      username: values.username ?? '',
      role: values.role,
      password: values.password ?? '',
      fullName: values['full-name'],
    });
    console.log(`Oprettet: ${user.username} (${user.role})`);
  } else if (command === 'reset-password') {
    if (!values.username) throw new Error('Angiv --username');
    const password = await resetPasswordIn(dataDirFromEnv(), values.username);
    console.log(`Ny adgangskode for ${values.username}: ${password}`);
    console.log('Den vises kun denne ene gang. Brugerens sessioner er afsluttet.');
  } else if (command === 'list') {
    await withStore(dataDirFromEnv(), async (store) => {
      for (const u of allUsers(store))
        console.log(
          `${u.id}\t${u.username}\t${u.role}\t${u.active ? 'aktiv' : 'deaktiveret'}\t${u.fullName}`,
        );
    });
  } else {
    console.error(
      'Brug: npm run users -- add --username U --role admin|editor|board --password P [--full-name N]',
    );
    console.error('     npm run users -- list');
    console.error('     npm run users -- reset-password --username U');
    process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  if (err instanceof ApiError)
    for (const [field, text] of Object.entries(err.errors ?? {})) console.error(`${field}: ${text}`);
  process.exitCode = 1;
}
