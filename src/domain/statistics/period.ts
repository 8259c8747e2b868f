import { endOfCopenhagenDay, startOfCopenhagenDay } from '../localTime';
import { yearLabel, yearRange, type DateRange } from '../projectYear';
import type { StoredRecord } from '../resources';

/** The store's state: every collection by name. */
export type Db = Record<string, StoredRecord[] | undefined>;

export interface Period extends DateRange {
  programme: StoredRecord;
  year: number;
  projectYear: boolean;
  label: string;
  /** The first and last instant of the period, UTC ISO, for comparing stored times. */
  fromInstant: string;
  toInstant: string;
}

/** A programme's calendar year, or its project year (Viborg: 1 April – 31 March). */
export function makePeriod(programme: StoredRecord, year: number, projectYear: boolean): Period {
  const startMonth = Number(programme.projectYearStartMonth ?? 1);
  const range = yearRange(year, projectYear, startMonth);
  return {
    ...range,
    programme,
    year,
    projectYear,
    label: yearLabel(year, projectYear, startMonth),
    fromInstant: startOfCopenhagenDay(range.from),
    toInstant: endOfCopenhagenDay(range.to),
  };
}

/** The months of a period, YYYY-MM. */
export function monthsOf(period: DateRange): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}
