import type { Request } from 'express';
import { endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/localTime';
import { yearLabel, yearRange, type DateRange } from '../../domain/projectYear';
import type { StoredRecord } from '../../domain/resources';
import { badRequest, notFound } from '../errors';
import type { Store } from '../store';

export interface Period extends DateRange {
  programme: StoredRecord;
  year: number;
  projectYear: boolean;
  label: string;
  /** The first and last instant of the period, UTC ISO, for comparing stored times. */
  fromInstant: string;
  toInstant: string;
}

/** Reads `programmeId`, `year` and `projectYear` from the query: the period every statistic covers. */
export function periodOf(req: Request, store: Store): Period {
  const programmeId = Number(req.query.programmeId);
  const year = Number(req.query.year);
  const errors: Record<string, string> = {};
  if (!Number.isSafeInteger(programmeId) || programmeId < 1) errors.programmeId = 'Vælg en helhedsplan';
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = 'Angiv et år mellem 1990 og 2100';
  if (Object.keys(errors).length > 0) throw badRequest('Ugyldig periode', errors);
  const programme = store.getState().programmes?.find((p) => p.id === programmeId);
  if (!programme) throw notFound();
  const projectYear = req.query.projectYear === 'true';
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
