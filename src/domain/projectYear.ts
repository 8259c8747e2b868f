/**
 * Calendar and project years. Viborg's project year runs 1 April – 31 March and is named
 * by the year it starts in: project year 2017 is 1.4.2017 – 31.3.2018.
 */
export interface DateRange {
  /** First day, YYYY-MM-DD (Copenhagen). */
  from: string;
  /** Last day, YYYY-MM-DD (Copenhagen). */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function yearRange(year: number, projectYear = false, startMonth = 1): DateRange {
  if (!projectYear || startMonth === 1) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const end = new Date(Date.UTC(year + 1, startMonth - 1, 0));
  return { from: `${year}-${pad(startMonth)}-01`, to: end.toISOString().slice(0, 10) };
}

/** The project year a Copenhagen date (YYYY-MM-DD) belongs to. */
export function projectYearOf(date: string, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= startMonth ? year : year - 1;
}

export function yearLabel(year: number, projectYear = false, startMonth = 1): string {
  if (!projectYear || startMonth === 1) return String(year);
  return `${year}/${String(year + 1).slice(2)}`;
}
