/** Failed logins that lock a username or a client, and for how long. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

interface Track {
  failures: number[];
  lockedUntil: number;
}

/**
 * After five failed logins within 15 minutes, for one username or from one client,
 * that key is locked for 15 minutes from the fifth failure. Rate limiters count
 * requests in windows; this counts failures and locks from the last one.
 */
export class LoginThrottle {
  private readonly tracks = new Map<string, Track>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until any of the keys is unlocked; 0 when none is locked. */
  lockedFor(keys: string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((k) => (this.tracks.get(k)?.lockedUntil ?? 0) - now));
  }

  fail(keys: string[]): void {
    const now = this.now();
    if (this.tracks.size > 10_000) this.forgetIdle(now);
    for (const key of keys) {
      const track = this.tracks.get(key) ?? { failures: [], lockedUntil: 0 };
      track.failures = [...track.failures.filter((t) => now - t < WINDOW_MS), now];
      if (track.failures.length >= MAX_FAILURES) {
        track.lockedUntil = now + LOCK_MS;
        track.failures = [];
      }
      this.tracks.set(key, track);
    }
  }

  /** Guessing with random usernames must not grow memory without bound. */
  private forgetIdle(now: number): void {
    for (const [key, t] of this.tracks)
      if (t.lockedUntil <= now && t.failures.every((f) => now - f >= WINDOW_MS)) this.tracks.delete(key);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.tracks.delete(key);
  }
}
