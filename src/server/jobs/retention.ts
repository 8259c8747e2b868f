import { DateTime } from 'luxon';
import { RESOURCES, isResourceName } from '../../domain/resources';
import { countsOf, dueNow, type Counts } from '../../domain/retention';
import { COPENHAGEN_ZONE } from '../../domain/copenhagenDay';
import { redacted } from '../store/audit';
import { recordEvent } from '../changes/events';
import { eraseDue } from '../changes/retention';
import { mayBy } from '../access/programmeAccess';
import { crashPoint } from '../store/crashPoint';
import type { Store } from '../store/store';
import type { Actor } from '../access/actor';
import { logger } from '../log/logger';

export const RETENTION_ACTOR: Actor = { userId: null, username: 'sletning (natlig)', role: null };

const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Erases what the retention rules say is due, and then every earlier copy of it the
 * store keeps (journal, snapshots; backups are blanked, not removed). A dry run only counts.
 */
export async function runRetention(
  store: Store,
  actor: Actor,
  options: { dryRun?: boolean; now: Date },
): Promise<{ dryRun: boolean; counts: Counts }> {
  if (options.dryRun) {
    const due = dueNow(store.data, options.now).filter((i) =>
      mayBy(actor, 'edit', 'retention', i.programmeId),
    );
    return { dryRun: true, counts: countsOf(due) };
  }
  const { result } = await store.commit(eraseDue(actor));
  crashPoint('erasure-committed');
  // The commit recorded the purge as due; should it fail here, the next start or snapshot does it.
  if (total(result) > 0) await store.purgeHistory();
  return { dryRun: false, counts: result };
}

/**
 * Once, on start: audit entries written before confidential values were hidden get them
 * hidden now, in place; the rewrite is audited, and no earlier copy is left.
 */
export async function redactAuditLog(store: Store): Promise<number> {
  const changed = store
    .audit()
    .map((entry) => {
      const resource = entry.resource && isResourceName(entry.resource) ? entry.resource : undefined;
      const fixed = resource ? redacted(entry, RESOURCES[resource].confidential) : entry;
      return fixed === entry ? undefined : fixed;
    })
    .filter((e) => e !== undefined);
  if (changed.length === 0) return 0;
  await store.rewriteAudit(changed);
  await store.commit(
    recordEvent({
      userId: null,
      username: 'opstart',
      action: 'auditRedacted',
      resource: null,
      recordId: null,
      changes: { entries: { before: null, after: changed.length } },
    }),
  );
  await store.purgeHistory();
  return changed.length;
}

/** The next 02.30 in Copenhagen: the nightly run, when no one is writing notes. */
export function nextNightlyRun(now: Date): Date {
  const today = DateTime.fromJSDate(now, { zone: COPENHAGEN_ZONE }).set({
    hour: 2,
    minute: 30,
    second: 0,
    millisecond: 0,
  });
  return (today.toJSDate() > now ? today : today.plus({ days: 1 })).toJSDate();
}

/** On start (awaited) and every night; a failure is logged and tried again the next night. */
export async function scheduleRetention(store: Store, clock: () => Date): Promise<() => void> {
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    runRetention(store, RETENTION_ACTOR, { now: clock() })
      .then(({ counts }) => total(counts) > 0 && logger.info({ counts }, 'Sletning efter opbevaringsregler'))
      .catch((err: unknown) => logger.error({ err }, 'Sletning mislykkedes'));
  const plan = () => {
    const now = new Date();
    timer = setTimeout(() => void run().then(plan), nextNightlyRun(now).getTime() - now.getTime());
    timer.unref();
  };
  await run();
  plan();
  return () => clearTimeout(timer);
}
