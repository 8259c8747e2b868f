/**
 * npm run demo -- remove
 * Removes the demo programmes (those made from data/seed.json's demo data) and every record of
 * theirs, as "Fjern demodata" in the panel does: one commit, audited; programmes made by hand are
 * untouched. On DATA_DIR (stop the server first) or DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { RESOURCES, type ResourceName } from '../src/domain/resources';
import { removeDemo } from '../src/server/changes/demo';
import { ApiError } from '../src/server/errors/apiError';
import { dataDirFromEnv, scriptActor, withStore } from './lib/store';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });

if (positionals[0] !== 'remove' || positionals.length !== 1) {
  console.error('Brug: npm run demo -- remove');
  process.exit(2);
}

try {
  const { result } = await withStore(dataDirFromEnv(), (store) =>
    store.commit(removeDemo(scriptActor('npm run demo -- remove'))),
  );
  if (result.programmes.length === 0) console.log('Der er ingen demodata at fjerne.');
  else {
    const counts = Object.entries(result.counts)
      .filter(([name]) => name !== 'programmes')
      .map(
        ([name, n]) =>
          `${n} ${n === 1 ? RESOURCES[name as ResourceName].noun.singular : RESOURCES[name as ResourceName].noun.plural}`,
      );
    console.log(
      [
        `Demodata fjernet: ${result.programmes.map((p) => p.name).join(', ')}`,
        `  ${counts.join(', ')}`,
        ...(result.users > 0 ? [`  ${result.users} brugere mistede adgangen til dem`] : []),
      ].join('\n'),
    );
  }
} catch (err) {
  if (!(err instanceof ApiError)) throw err;
  console.error(err.message);
  process.exit(1);
}
