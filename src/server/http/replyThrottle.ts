import { REPLY_REQUESTS_PER_MINUTE } from '../../domain/callIn';

const MINUTE_MS = 60_000;

/**
 * Counts requests per client address in fixed minutes: the counts start over each minute,
 * so the map never holds more than one minute's clients. In this process only: each of
 * several servers limits its own share. Answers how many seconds a refused client waits,
 * or 0 when the request may go on.
 */
export function replyThrottle(clock: () => Date): (client: string) => number {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return (client) => {
    const now = clock().getTime();
    if (now - windowStart >= MINUTE_MS || now < windowStart) {
      windowStart = now;
      counts = new Map();
    }
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    return count <= REPLY_REQUESTS_PER_MINUTE ? 0 : Math.ceil((windowStart + MINUTE_MS - now) / 1000);
  };
}
