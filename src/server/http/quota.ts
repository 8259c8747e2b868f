/**
 * How many times something may happen per key within a window, counted in this process:
 * a programme's imports, so one programme's users (or a script of theirs) cannot keep the
 * shared workers busy for every other programme.
 */
export function windowQuota(max: number, windowMs: number, now: () => number = Date.now) {
  const seen = new Map<string, number[]>();
  return {
    /** Counts one more for `key` and says whether it was within the quota (a refusal is not counted). */
    take(key: string): boolean {
      const since = now() - windowMs;
      const recent = (seen.get(key) ?? []).filter((t) => t > since);
      const allowed = recent.length < max;
      if (allowed) recent.push(now());
      if (recent.length > 0) seen.set(key, recent);
      else seen.delete(key);
      return allowed;
    },
  };
}
