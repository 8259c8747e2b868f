/**
 * npm run users -- add --username U --role admin|programmeAdmin|editor|board [--programme ID ...] --password P [--full-name "Navn"]
 * npm run users -- grant --username U --programme ID --role programmeAdmin|editor|board
 * npm run users -- revoke --username U --programme ID
 * npm run users -- list
 * npm run users -- reset-password --username U   (prints a new random password once)
 * npm run users -- reset-second-factor --username U   (the user sets up a new one at the next sign-in)
 * Works on DATA_DIR (default ./data) through the server's own store; stop the server first.
 */
import { parseArgs } from 'node:util';
import { ApiError } from '../src/server/errors/apiError';
import { allUsers, membershipsOf, type User } from '../src/server/identity/users';
import {
  addUserTo,
  changeMembership,
  dataDirFromEnv,
  resetPasswordIn,
  resetSecondFactorIn,
  withStore,
} from './lib/store';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    'full-name': { type: 'string' },
    programme: { type: 'string', multiple: true },
  },
});

const [command] = positionals;

const USAGE = [
  'Brug: npm run users -- add --username U --role admin|programmeAdmin|editor|board [--programme ID ...] --password P [--full-name N]',
  '     npm run users -- grant --username U --programme ID --role programmeAdmin|editor|board',
  '     npm run users -- revoke --username U --programme ID',
  '     npm run users -- list',
  '     npm run users -- reset-password --username U',
  '     npm run users -- reset-second-factor --username U',
];

/** `--programme 2`: a programme's id, or a Danish refusal. */
function programmeIds(): number[] {
  return (values.programme ?? []).map((raw) => {
    if (!/^[1-9][0-9]{0,9}$/.test(raw))
      throw new Error(`--programme skal være en helhedsplans id, ikke "${raw}"`);
    return Number(raw);
  });
}

function oneProgramme(): number {
  const [id, ...more] = programmeIds();
  if (id === undefined || more.length > 0) throw new Error('Angiv én --programme');
  return id;
}

const describeUser = (u: User) =>
  u.role === 'admin'
    ? 'systemadministrator'
    : membershipsOf(u)
        .map((m) => `${m.role} i ${m.programmeId}`)
        .join(', ') || 'ingen helhedsplaner';

try {
  if (command === 'add') {
    const ids = programmeIds();
    const user = await addUserTo(dataDirFromEnv(), {
      username: values.username ?? '',
      role: values.role,
      password: values.password ?? '',
      fullName: values['full-name'],
      // Without --programme a role holds in every programme there is now.
      ...(ids.length > 0
        ? { memberships: ids.map((programmeId) => ({ programmeId, role: values.role })) }
        : {}),
    });
    console.log(`Oprettet: ${user.username} (${user.role}; ${describeUser(user)})`);
  } else if (command === 'grant' || command === 'revoke') {
    if (!values.username) throw new Error('Angiv --username');
    if (command === 'grant' && !values.role) throw new Error('Angiv --role');
    const user = await changeMembership(dataDirFromEnv(), {
      username: values.username,
      programmeId: oneProgramme(),
      role: command === 'grant' ? values.role : undefined,
    });
    console.log(`${user.username}: ${describeUser(user)}`);
  } else if (command === 'reset-password') {
    if (!values.username) throw new Error('Angiv --username');
    const password = await resetPasswordIn(dataDirFromEnv(), values.username);
    console.log(`Ny adgangskode for ${values.username}: ${password}`);
    console.log('Den vises kun denne ene gang. Brugerens sessioner er afsluttet.');
  } else if (command === 'reset-second-factor') {
    if (!values.username) throw new Error('Angiv --username');
    await resetSecondFactorIn(dataDirFromEnv(), values.username);
    console.log(`${values.username}s totrinsbekræftelse er nulstillet, og brugerens sessioner er afsluttet.`);
  } else if (command === 'list') {
    await withStore(dataDirFromEnv(), async (store) => {
      for (const u of allUsers(store))
        console.log(
          `${u.id}\t${u.username}\t${describeUser(u)}\t${u.active ? 'aktiv' : 'deaktiveret'}\t${u.fullName}`,
        );
    });
  } else {
    for (const line of USAGE) console.error(line);
    process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  if (err instanceof ApiError)
    for (const [field, text] of Object.entries(err.errors ?? {})) console.error(`${field}: ${text}`);
  process.exitCode = 1;
}
