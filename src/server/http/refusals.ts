import type { Response } from 'express';
import { attempt, refusalsCounted, type CountedRefusals, type Lockout, type Refusal } from '../changes/auth';
import { ApiError } from '../errors/apiError';
import type { Store } from '../store/store';

/**
 * Tries refused while a key is locked, counted in this process's memory: stored one by
 * one, a client that keeps trying would fill the disk. A lockout is audited once, with its
 * count, when it is over (at the next try after it, or the sweep) or when the app closes.
 * Each of several servers on one database audits its own share; a process that is killed
 * loses its open counts, never the failures that set the lock.
 */
export function refusalTally() {
  const open = new Map<string, CountedRefusals>();
  const add = (id: string, counted: CountedRefusals) => {
    const known = open.get(id);
    if (!known) return void open.set(id, counted);
    known.refused += counted.refused;
    // Tries at several usernames (an address locked): the entry names none of them.
    if (known.actor.username !== counted.actor.username) known.actor = { ...known.actor, username: null };
  };
  return {
    count(lockout: Lockout, refusal: Refusal): void {
      add(`${refusal.action} ${lockout.key} ${lockout.until}`, { ...lockout, ...refusal, refused: 1 });
    },

    /** The tries refused so far by each lock not yet audited, by the lock's key: for the metrics. */
    refusedSoFar(): { key: string; refused: number }[] {
      return [...open.values()].map(({ key, refused }) => ({ key, refused }));
    },

    /** Audits the lockouts over by `now` (every one with Infinity); kept for next time if the store fails. */
    async flush(store: Store, now: number): Promise<void> {
      const over = [...open].filter(([, counted]) => counted.until <= now);
      if (over.length === 0) return;
      for (const [id] of over) open.delete(id);
      try {
        await store.commit(refusalsCounted(over.map(([, counted]) => counted)));
      } catch (err) {
        for (const [id, counted] of over) add(id, counted);
        throw err;
      }
    },
  };
}

export type RefusalTally = ReturnType<typeof refusalTally>;

function tooMany(res: Response, wait: number, what: string): ApiError {
  res.set('Retry-After', String(Math.ceil(wait / 1000)));
  return new ApiError(429, `For mange ${what}. Prøv igen om ${Math.ceil(wait / 60_000)} minutter.`);
}

/**
 * A try (a password, a code, a mailed link asked for) counted in the store before it is
 * checked, so no number of parallel requests gets more than the lock allows; one a lock
 * refuses is only tallied, and answered 429 with Retry-After.
 */
export async function countTry(
  store: Store,
  refusals: RefusalTally,
  res: Response,
  try_: { keys: string[]; at: number; refusal: Refusal; what: string },
): Promise<void> {
  await refusals.flush(store, try_.at);
  const { result: lockout } = await store.commit(attempt(try_.keys, try_.at));
  if (!lockout) return;
  refusals.count(lockout, try_.refusal);
  throw tooMany(res, lockout.until - try_.at, try_.what);
}
