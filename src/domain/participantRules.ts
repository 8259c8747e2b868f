import { copenhagenDate } from './copenhagenDay';
import type { Participant } from './participantSchema';

export const STALE_AFTER_MONTHS = 12;

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
