import { copenhagenDate } from './copenhagenDay';
import { phoneWarning, toMsisdn } from './msisdn';
import type { Participant } from './participantSchema';

export const STALE_AFTER_MONTHS = 12;

/** A contact not verified within 12 months must be checked at the annual meeting. */
export function isStale(lastVerifiedAt: string | null, now: Date): boolean {
  if (!lastVerifiedAt) return true;
  const today = copenhagenDate(now);
  const cutoff = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return lastVerifiedAt < cutoff;
}

/**
 * A participant as read: whether the contact is stale, the number as the SMS gateway gets it
 * (`msisdn`, null without one) and why a number typed cannot be texted (`phoneWarning`): saved
 * as typed, shown rather than silently skipped.
 */
export function participantView(
  p: Participant,
  now: Date,
): Participant & { stale: boolean; msisdn: string | null; phoneWarning: string | null } {
  return {
    ...p,
    stale: isStale(p.lastVerifiedAt, now),
    msisdn: toMsisdn(p.phone),
    phoneWarning: phoneWarning(p.phone),
  };
}
