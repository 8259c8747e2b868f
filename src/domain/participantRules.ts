import type { Participant } from './participantSchema';

export const STALE_AFTER_MONTHS = 12;

// Made once: a formatter costs far more to build than to use, and statistics call this per incident.
const COPENHAGEN_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** The calendar date in Copenhagen, YYYY-MM-DD. */
export function copenhagenDate(now: Date): string {
  return COPENHAGEN_DATE.format(now);
}

/** A contact not verified within 12 months must be checked at the annual meeting. */
export function isStale(lastVerifiedAt: string | null, now: Date): boolean {
  if (!lastVerifiedAt) return true;
  const today = copenhagenDate(now);
  const cutoff = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return lastVerifiedAt < cutoff;
}

export function participantView(p: Participant, now: Date): Participant & { stale: boolean } {
  return { ...p, stale: isStale(p.lastVerifiedAt, now) };
}
