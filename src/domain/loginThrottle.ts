/** Failed logins that lock a username or a client, and for how long. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

/** The attempts counted against one key (a username, an address, a user's password change). */
export interface Track {
  failures: number[];
  lockedUntil: number;
}

export const emptyTrack = (): Track => ({ failures: [], lockedUntil: 0 });

/** Milliseconds until the track is unlocked; 0 when it is not locked. */
export function lockedFor(track: Track | undefined, now: number): number {
  return Math.max(0, (track?.lockedUntil ?? 0) - now);
}

/** The key's attempts that still count towards its lock: those within the window. */
export function recentFailures(track: Track | undefined, now: number): number[] {
  return (track?.failures ?? []).filter((t) => now - t < WINDOW_MS);
}

/**
 * An attempt is counted before the password is checked, so parallel guesses cannot all
 * pass the gate: the fifth within 15 minutes locks the key for 15 minutes.
 */
export function countAttempt(track: Track | undefined, now: number): Track {
  const failures = [...recentFailures(track, now), now];
  const lockedUntil = failures.length >= MAX_FAILURES ? now + LOCK_MS : (track?.lockedUntil ?? 0);
  return { failures, lockedUntil };
}

/**
 * A successful attempt was no failure after all: only that one is taken back, with the
 * lock it set, if it set one; the key's other failures still count.
 */
export function forgetAttempt(track: Track, at: number): Track {
  const index = track.failures.lastIndexOf(at);
  if (index < 0) return track;
  return {
    failures: track.failures.filter((_, i) => i !== index),
    lockedUntil: track.lockedUntil === at + LOCK_MS ? 0 : track.lockedUntil,
  };
}

/** Nothing left to remember: no lock in force and no failure within the window. */
export function trackIdle(track: Track, now: number): boolean {
  return track.lockedUntil <= now && track.failures.every((t) => now - t >= WINDOW_MS);
}
