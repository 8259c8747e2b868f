/** What the server keeps for itself: never part of what the user typed. */
const SERVER_FIELDS = new Set(['id', 'version', 'history', 'endsSoon', 'statusOverdue']);

/** As the server stores it: trimmed text, '' and absent both as nothing, keys in one order. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, normalise(v)] as const)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value ?? null;
}

/** A plan's content as one string: equal when a save would change nothing. */
export function planSnapshot(plan: Record<string, unknown>): string {
  const content = Object.fromEntries(Object.entries(plan).filter(([key]) => !SERVER_FIELDS.has(key)));
  return JSON.stringify(normalise(content));
}
