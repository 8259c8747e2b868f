import Holidays from 'date-holidays';

export const COPENHAGEN = 'Europe/Copenhagen';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// Created lazily: loading the country data is the expensive part of the library.
let calendar: Holidays | undefined;
// Per-year cache, because deadlines are computed on every incident write.
const byYear = new Map<number, { set: Set<string>; sorted: string[] }>();

function holidaysOf(year: number): { set: Set<string>; sorted: string[] } {
  let entry = byYear.get(year);
  if (!entry) {
    calendar ??= new Holidays('DK');
    // Only 'public' days close offices; grundlovsdag, juleaften and 1. maj are
    // 'observance'. The library already drops store bededag from 2024 on.
    const dates = calendar
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    const set = new Set(dates);
    entry = { set, sorted: [...set].sort() };
    byYear.set(year, entry);
  }
  return entry;
}

/** Parses YYYY-MM-DD into UTC-midnight epoch ms; plain calendar arithmetic, no zones. */
function parseIsoDate(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Round-trip check rejects impossible dates like 2025-02-30.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms;
    }
  }
  throw new Error(`Invalid calendar date (expected YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
}

function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Days a programme may close beside the public holidays (off by default): offices
 * commonly close on juleaften, nytårsaftensdag and grundlovsdag, which are not public.
 */
export const EXTRA_CLOSED_DAYS = ['christmasEve', 'newYearsEve', 'constitutionDay'] as const;
export type ExtraClosedDay = (typeof EXTRA_CLOSED_DAYS)[number];
const EXTRA_DATES: Record<ExtraClosedDay, string> = {
  christmasEve: '12-24',
  newYearsEve: '12-31',
  constitutionDay: '06-05',
};

function isWorkingMs(ms: number, isoDate: string, extra: readonly ExtraClosedDay[] = []): boolean {
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (extra.some((d) => EXTRA_DATES[d] === isoDate.slice(5))) return false;
  return !holidaysOf(Number(isoDate.slice(0, 4))).set.has(isoDate);
}

export function danishPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year)) throw new Error(`Invalid year: ${year}`);
  return [...holidaysOf(year).sorted]; // copy so callers cannot corrupt the cache
}

export function isDanishPublicHoliday(isoDate: string): boolean {
  parseIsoDate(isoDate);
  return holidaysOf(Number(isoDate.slice(0, 4))).set.has(isoDate);
}

export function isWorkingDay(isoDate: string): boolean {
  return isWorkingMs(parseIsoDate(isoDate), isoDate);
}

/** The n-th working day strictly after isoDate (the start day itself never counts), `extra` days closed too. */
export function addWorkingDays(isoDate: string, n: number, extra: readonly ExtraClosedDay[] = []): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`n must be a non-negative integer, got ${n}`);
  let ms = parseIsoDate(isoDate);
  let day = isoDate;
  for (let found = 0; found < n;) {
    ms += DAY_MS;
    day = formatIsoDate(ms);
    if (isWorkingMs(ms, day, extra)) found++;
  }
  return day;
}
