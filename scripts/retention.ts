/**
 * npm run retention -- [--dry-run]
 * Erases the confidential fields the programmes' retention rules say are due, as the
 * server does each night, on DATA_DIR (stop the server first) or DATABASE_URL.
 * With --dry-run it only says what is due.
 */
import { parseArgs } from 'node:util';
import { runRetention } from '../src/server/jobs/retention';
import { dataDirFromEnv, scriptActor, withStore } from './lib/store';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const dryRun = values['dry-run'] ?? false;

const { counts } = await withStore(dataDirFromEnv(), (store) =>
  runRetention(store, scriptActor('npm run retention'), { dryRun, now: new Date() }),
);
const text = `${counts.incidents} hændelser, ${counts.incidentLogEntries} logposter, ${counts.actionPlans} handleplaner, ${counts.notifications} mails (navne og adresser)`;
console.log(
  dryRun ? `Forfalden til sletning (intet er slettet): ${text}` : `Fortrolige oplysninger slettet: ${text}`,
);
