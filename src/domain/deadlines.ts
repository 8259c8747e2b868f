import { DateTime } from 'luxon';
import type { Level } from './levels';
import { storedInstantMs } from './localTime';
import { addWorkingDays, type ExtraClosedDay } from './workingDays';
import { COPENHAGEN_ZONE } from './copenhagenDay';

export const YELLOW_WORKING_DAYS = 3;
export const RED_HOURS = 24;

export type MeetingStatus = 'notRequired' | 'pending' | 'planned' | 'onTime' | 'late' | 'overdue';

// An explicit offset is required: a bare local time would silently be read in
// the server's zone, which is exactly the bug this module exists to avoid.
const HAS_OFFSET = /T[\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Milliseconds of an instant; the stored form without luxon (it is parsed on every incident write). */
function parseInstant(value: string, what: string): number {
  const stored = storedInstantMs(value);
  if (stored !== undefined) return stored;
  const dt = HAS_OFFSET.test(value) ? DateTime.fromISO(value, { setZone: true }) : null;
  if (!dt || !dt.isValid) {
    throw new Error(`Invalid ${what}: ${JSON.stringify(value)} (expected ISO 8601 with offset or Z)`);
  }
  return dt.toMillis();
}

// Memo by local set-day: zoned end-of-day in luxon is the hot spot when
// thousands of incidents are written, and only a few distinct days occur.
const yellowByDay = new Map<string, string>();

function yellowDeadlineFor(localDay: string, closed: readonly ExtraClosedDay[]): string {
  const key = closed.length ? `${localDay} ${[...closed].sort().join(' ')}` : localDay;
  let deadline = yellowByDay.get(key);
  if (deadline === undefined) {
    const lastDay = addWorkingDays(localDay, YELLOW_WORKING_DAYS, closed);
    deadline = DateTime.fromISO(lastDay, { zone: COPENHAGEN_ZONE }).endOf('day').toJSDate().toISOString();
    if (yellowByDay.size >= 20_000) yellowByDay.clear(); // keep memory bounded
    yellowByDay.set(key, deadline);
  }
  return deadline;
}

// Copenhagen's offset has been whole hours since 1894 and changes on the hour (01:00 UTC), so
// one UTC hour lies within one local day; luxon's zone conversion is then needed once per hour.
const localDayByHour = new Map<number, string>();

function copenhagenDay(setAt: number): string | null {
  const hour = Math.floor(setAt / 3_600_000);
  let day = localDayByHour.get(hour);
  if (day === undefined) {
    const local = DateTime.fromMillis(setAt, { zone: COPENHAGEN_ZONE }).toISODate();
    if (!local) return null;
    if (localDayByHour.size >= 20_000) localDayByHour.clear(); // keep memory bounded
    localDayByHour.set(hour, (day = local));
  }
  return day;
}

/**
 * When the response group must have met, as a UTC ISO string.
 * yellow: end of the 3rd Danish working day after the Copenhagen calendar day
 * the level was set; red: 24 elapsed hours later; green: no meeting (null). `closed`:
 * the programme's extra closed days, which do not count as working days.
 */
export function responseDeadline(
  level: Level,
  levelSetAt: string,
  closed: readonly ExtraClosedDay[] = [],
): string | null {
  const setAt = parseInstant(levelSetAt, 'levelSetAt');
  switch (level) {
    case 'green':
      return null;
    case 'red':
      // Elapsed time, not wall clock: across DST the local hour shifts by one.
      return new Date(setAt + RED_HOURS * 3_600_000).toISOString();
    case 'yellow': {
      // The local (not UTC) date decides which day "the level was set".
      const localDay = copenhagenDay(setAt);
      if (!localDay) throw new Error(`Cannot resolve Copenhagen date for ${levelSetAt}`);
      return yellowDeadlineFor(localDay, closed);
    }
    default: {
      const unknown: never = level;
      throw new Error(`Unknown level: ${String(unknown)}`);
    }
  }
}

/** Date.parse is exact for instants with an offset and far cheaper than luxon, which matters per list row. */
function instantMs(value: string, what: string): number {
  const ms = HAS_OFFSET.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms))
    throw new Error(`Invalid ${what}: ${JSON.stringify(value)} (expected ISO 8601 with offset or Z)`);
  return ms;
}

/**
 * Where the response meeting stands: not required (green, no deadline), held on time or late,
 * overdue once the deadline passed without it, and before that planned (a time is set) or
 * pending. A planned meeting that has not been held by the deadline is overdue all the same.
 */
export function meetingStatus(
  input: {
    level: Level;
    responseDeadline: string | null;
    meetingHeldAt: string | null;
    meetingPlannedAt?: string | null;
  },
  now: Date,
): MeetingStatus {
  if (input.level === 'green' || input.responseDeadline === null) return 'notRequired';
  const deadline = instantMs(input.responseDeadline, 'responseDeadline');
  if (input.meetingHeldAt !== null) {
    const held = instantMs(input.meetingHeldAt, 'meetingHeldAt');
    return held <= deadline ? 'onTime' : 'late'; // exactly at the deadline still counts
  }
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new Error('Invalid now: not a valid Date');
  if (nowMs > deadline) return 'overdue';
  const planned = input.meetingPlannedAt ?? null;
  if (planned !== null) instantMs(planned, 'meetingPlannedAt');
  return planned === null ? 'pending' : 'planned';
}

/** The list flags a meeting as overdue when it was late or is missing past the deadline. */
export function isOverdue(status: MeetingStatus): boolean {
  return status === 'late' || status === 'overdue';
}
