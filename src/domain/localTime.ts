import { DateTime } from 'luxon';
import { COPENHAGEN_ZONE } from './copenhagenDay';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** The instant a Copenhagen calendar day starts, as UTC ISO. */
export function startOfCopenhagenDay(date: string): string {
  return DateTime.fromISO(date, { zone: COPENHAGEN_ZONE }).startOf('day').toUTC().toISO()!;
}

/** The last millisecond of a Copenhagen calendar day, as UTC ISO. */
export function endOfCopenhagenDay(date: string): string {
  return DateTime.fromISO(date, { zone: COPENHAGEN_ZONE }).endOf('day').toUTC().toISO()!;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `Date.toISOString()`'s form, in which instants are stored: one length, so text and time sort alike. */
const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The milliseconds of a value in the stored form, or undefined for anything else (also for
 * 30 February, which Date.parse would take as 2 March). Without luxon: it runs per write and per row.
 */
export function storedInstantMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !STORED_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === value ? ms : undefined;
}

/**
 * A moment as instants are stored (UTC, with milliseconds), so that comparing the text
 * compares the time: "2025-06-01T00:00:00+02:00" is 2025-05-31T22:00:00.000Z. A time
 * without an offset is Copenhagen's. Anything else is returned as it is.
 */
export function asStoredInstant(value: string): string {
  if (!DATE_TIME.test(value)) return value;
  const moment = DateTime.fromISO(value, { zone: COPENHAGEN_ZONE, setZone: false });
  return moment.isValid ? moment.toUTC().toISO()! : value;
}

/** "24. december 2025 kl. 14.30": an instant as a Dane reads it, on Copenhagen's clock. */
export function copenhagenText(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(COPENHAGEN_ZONE)
    .setLocale('da')
    .toFormat("d. MMMM yyyy 'kl.' HH.mm");
}
