import { DateTime } from 'luxon';
import { COPENHAGEN } from './workingDays';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** The instant a Copenhagen calendar day starts, as UTC ISO. */
export function startOfCopenhagenDay(date: string): string {
  return DateTime.fromISO(date, { zone: COPENHAGEN }).startOf('day').toUTC().toISO()!;
}

/** The last millisecond of a Copenhagen calendar day, as UTC ISO. */
export function endOfCopenhagenDay(date: string): string {
  return DateTime.fromISO(date, { zone: COPENHAGEN }).endOf('day').toUTC().toISO()!;
}
