import type { Store } from '../store/store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A backup of db.json on start and one a day after, each taken with a snapshot so it
 * holds every committed write; off the request path, and the timer never keeps the process alive.
 */
export function scheduleBackups(store: Store): void {
  const backup = (reason: string) => store.snapshot(reason).catch(() => undefined);
  void backup('start');
  setInterval(() => void backup('daily'), DAY_MS).unref();
}
