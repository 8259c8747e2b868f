import { HOLIDAY_RULES_DK } from './holidayRulesDK';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const RULE = /^(?:(\d{2})-(\d{2})|easter(?: (-?\d+))?)(?: (prior to|since) (\d{4}))?$/;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus), as UTC-midnight epoch ms. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** The day a rule of date-holidays' data names in a year, or undefined when it does not apply that year. */
function dayOfRule(rule: string, year: number): string | undefined {
  const m = RULE.exec(rule);
  if (!m) throw new Error(`Unknown holiday rule: ${JSON.stringify(rule)}`);
  const [, month, day, offset, limit, limitYear] = m;
  if (limit === 'prior to' && year >= Number(limitYear)) return undefined;
  if (limit === 'since' && year < Number(limitYear)) return undefined;
  if (month) return `${year}-${month}-${day}`;
  return formatIsoDate(easterSunday(year) + Number(offset ?? 0) * DAY_MS);
}

/**
 * The public holidays of a year by a country's rules ({ rule: type }), sorted: only 'public' days
 * close offices; grundlovsdag, juleaften and 1. maj are 'observance'. Store bededag's rule ends
 * before 2024. Exported for the script that extracts Denmark's rules from date-holidays.
 */
export function holidaysByRules(rules: Record<string, string>, year: number): string[] {
  const days = Object.entries(rules)
    .filter(([, type]) => type === 'public')
    .map(([rule]) => dayOfRule(rule, year))
    .filter((day): day is string => day !== undefined);
  return [...new Set(days)].sort();
}

// Per-year cache, because deadlines are computed on every incident write.
const byYear = new Map<number, { set: Set<string>; sorted: string[] }>();

function holidaysOf(year: number): { set: Set<string>; sorted: string[] } {
  let entry = byYear.get(year);
  if (!entry) {
    const sorted = holidaysByRules(HOLIDAY_RULES_DK, year);
    entry = { set: new Set(sorted), sorted };
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
