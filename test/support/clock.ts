/**
 * The day the suites live on, whatever the machine's calendar says: the demo seed's
 * reference day (a Monday, 13.00 in Copenhagen). A test that needs another day says so
 * with `clockFrom`.
 */
export const TEST_NOW = new Date('2026-11-23T12:00:00.000Z');

/** A clock that starts at `start` and runs on with real time, so order and durations stay real. */
export function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
