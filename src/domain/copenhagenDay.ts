/**
 * The one rule for "today" and any other day written for people — a print's footer, the
 * workbook's "Udarbejdet", a form's default date, a statistic's month: the calendar day in
 * Copenhagen, never the UTC date, which is still yesterday's from midnight to 01.00 (02.00 in
 * summer). Intl alone, no luxon or holiday data, so the panel's pages can use it for nothing.
 */
export const COPENHAGEN_ZONE = 'Europe/Copenhagen';

// Made once: a formatter costs far more to build than to use, and statistics call this per incident.
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: COPENHAGEN_ZONE });

/** The Copenhagen calendar day of an instant, YYYY-MM-DD (as dates are stored). */
export function copenhagenDate(instant: Date): string {
  return DAY.format(instant);
}

/** "07.12.2026": the Copenhagen calendar day of an instant, as Danes write a date. */
export function copenhagenDayText(instant: Date): string {
  const [year, month, day] = copenhagenDate(instant).split('-');
  return `${day}.${month}.${year}`;
}

/** The year in Copenhagen: "this year" for a form or a period picker, also on New Year's night. */
export function copenhagenYear(instant: Date): number {
  return Number(copenhagenDate(instant).slice(0, 4));
}
