import { readDanishNumber } from './danishNumber';
import { valueError } from './kpiRules';
import { endOfCopenhagenDay, startOfCopenhagenDay } from './localTime';
import type { StoredRecord, WriteContext } from './records';
import type { Provenance, Reporter, ReportItem, Round, Submission } from './reportingSchemas';
import { addWorkingDays, type ExtraClosedDay } from './workingDays';

type Fields = Record<string, unknown>;

/** An indicator × area a reporter owes (`areaId` null: the whole programme). */
export interface Owed {
  indicatorId: number;
  areaId: number | null;
}

export const owedKey = (o: Owed) => `${o.indicatorId}:${o.areaId === null ? 'all' : o.areaId}`;

/** What a reporter owes: each assigned indicator for each area named, or once for the programme. */
export function owedItems(reporter: Pick<Reporter, 'assignments'>): Owed[] {
  return reporter.assignments.flatMap((a): Owed[] =>
    a.areaIds.length === 0
      ? [{ indicatorId: a.indicatorId, areaId: null }]
      : a.areaIds.map((areaId) => ({ indicatorId: a.indicatorId, areaId })),
  );
}

/** An assignment fits its indicator: a per-area indicator names areas, a programme-wide one none. */
export function reporterErrors(input: Fields, _previous: StoredRecord | undefined, ctx: WriteContext) {
  const errors: Record<string, string> = {};
  const assignments = (input.assignments ?? []) as Reporter['assignments'];
  const seen = new Set<number>();
  assignments.forEach((a, i) => {
    if (seen.has(a.indicatorId)) errors[`assignments.${i}.indicatorId`] = 'Indikatoren står der allerede';
    seen.add(a.indicatorId);
    const indicator = ctx.find('indicators', a.indicatorId);
    if (!indicator) return; // the reference check names it
    if (indicator.perArea !== false && a.areaIds.length === 0)
      errors[`assignments.${i}.areaIds`] = 'Vælg de boligområder, organisationen indberetter for';
    if (indicator.perArea === false && a.areaIds.length > 0)
      errors[`assignments.${i}.areaIds`] = 'Indikatoren gælder hele helhedsplanen; vælg ingen boligområder';
  });
  return errors;
}

/** An indicator × area is owed by one reporter: the second is refused, naming the first (409). */
export function reporterConflict(input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) {
  const mine = new Set(owedItems(input as unknown as Reporter).map(owedKey));
  for (const other of ctx.all('reporters')) {
    if (other.id === previous?.id || other.programmeId !== input.programmeId) continue;
    const clash = owedItems(other as unknown as Reporter).find((o) => mine.has(owedKey(o)));
    if (clash) {
      const indicator = ctx.find('indicators', clash.indicatorId)?.name ?? `indikator ${clash.indicatorId}`;
      const place =
        clash.areaId === null
          ? 'hele helhedsplanen'
          : (ctx.find('areas', clash.areaId)?.name ?? `boligområde ${clash.areaId}`);
      return `${String(indicator)} for ${String(place)} indberettes allerede af ${String(other.organisation)}; en indikator i et boligområde har én indberetter`;
    }
  }
  return undefined;
}

/** A round is due on or after it opens. */
export function roundErrors(input: Fields): Record<string, string> {
  return (input.dueOn as string) < (input.opensOn as string)
    ? { dueOn: 'Fristen skal ligge på eller efter åbningsdatoen' }
    : {};
}

/** The due date as it counts: one on a weekend or a Danish holiday moves to the next working day. */
export function effectiveDueDate(dueOn: string, closed: readonly ExtraClosedDay[] = []): string {
  const dayBefore = new Date(Date.parse(`${dueOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return addWorkingDays(dayBefore, 1, closed);
}

const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The last instant a report counts as on time: the end of the (moved) due date plus the grace days. */
export function onTimeUntil(
  round: Pick<Round, 'dueOn' | 'graceDays'>,
  closed: readonly ExtraClosedDay[] = [],
) {
  return endOfCopenhagenDay(plusDays(effectiveDueDate(round.dueOn, closed), round.graceDays));
}

/** When reminders go: N days before the (moved) due date, and the day after it, each at 08.00 Copenhagen time. */
export function reminderMoments(
  round: Pick<Round, 'dueOn' | 'remindDaysBefore'>,
  closed: readonly ExtraClosedDay[] = [],
): { before: string; after: string } {
  const due = effectiveDueDate(round.dueOn, closed);
  const at8 = (date: string) =>
    new Date(Date.parse(startOfCopenhagenDay(date)) + 8 * 3_600_000).toISOString();
  return { before: at8(plusDays(due, -round.remindDaysBefore)), after: at8(plusDays(due, 1)) };
}

/** A report still owed: not submitted or approved. */
export const stillOwed = (status: string) => status !== 'submitted' && status !== 'approved';

/** A figure typed as Danish users write it (`3.000`, `12,5 %`) or sent as a number, checked for its unit. */
export function readFigure(value: unknown, unit: string): { value: number | null; error?: string } {
  if (value === null || value === undefined || value === '') return { value: null };
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const read = readDanishNumber(value);
    if (read.error !== undefined) return { value: null, error: read.error };
    n = read.value;
  } else return { value: null, error: 'Ikke et tal' };
  if (!Number.isFinite(n) || n > 10_000_000) return { value: null, error: 'Tallet er for stort' };
  const problem = valueError(unit, n);
  return problem ? { value: null, error: problem } : { value: n };
}

/** What is missing before a report can be submitted: a figure or, failing that, a reason. */
export function unansweredItems(owed: readonly Owed[], items: readonly ReportItem[]): Owed[] {
  const byKey = new Map(items.map((i) => [owedKey(i), i]));
  return owed.filter((o) => {
    const item = byKey.get(owedKey(o));
    return !item || (item.value === null && !item.comment);
  });
}

/** A large change against last year's figure: more than half up or down, or a rate moved more than 10 points. */
export function largeChange(unit: string, lastYear: number | null, value: number | null): boolean {
  if (lastYear === null || value === null) return false;
  if (unit === 'percent') return Math.abs(value - lastYear) > 10;
  if (lastYear === 0) return value !== 0;
  return Math.abs(value - lastYear) / lastYear > 0.5;
}

export interface ProgressRow {
  reporterId: number;
  organisation: string;
  status: Submission['status'];
  submittedAt: string | null;
  received: boolean;
  onTime: boolean;
  /** Every owed figure typed in the grid by the secretariat (a partner phoned it in). */
  typedIn: boolean;
  missing: Owed[];
}

export interface Progress {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  reportingRate: number;
  timeliness: number;
  onTimeUntil: string;
  reporters: ProgressRow[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * A round's completeness, counted in reports (one per reporter that owes something): received
 * when submitted or approved — or when every owed figure was typed in the grid, which counts as
 * on time (the secretariat took it by phone) — on time when submitted by the due date (moved to
 * a working day) plus the grace days. Rates in percent of the reports expected.
 */
export function roundProgress(input: {
  round: Round;
  reporters: readonly Reporter[];
  submissions: readonly Submission[];
  /** The year's figures of the programme: where each owed figure stands. */
  measurements: readonly {
    indicatorId: number;
    areaId: number | null;
    year: number;
    provenance?: Provenance | null;
  }[];
  closedDays?: readonly ExtraClosedDay[];
}): Progress {
  const { round } = input;
  const until = onTimeUntil(round, input.closedDays);
  const figures = new Map(
    input.measurements.filter((m) => m.year === round.year).map((m) => [owedKey(m), m]),
  );
  const rows: ProgressRow[] = input.reporters
    .filter((r) => r.programmeId === round.programmeId && owedItems(r).length > 0)
    .map((r) => {
      const owed = owedItems(r);
      const s = input.submissions.find((x) => x.roundId === round.id && x.reporterId === r.id);
      const status = s?.status ?? 'notStarted';
      const submitted = !stillOwed(status);
      const typedIn =
        !submitted &&
        owed.every((o) => figures.get(owedKey(o))?.provenance == null && figures.has(owedKey(o)));
      const submittedAt = s?.submittedAt ?? null;
      return {
        reporterId: r.id,
        organisation: r.organisation,
        status,
        submittedAt,
        received: submitted || typedIn,
        onTime: typedIn || (submitted && submittedAt !== null && submittedAt <= until),
        typedIn,
        missing: submitted ? [] : owed.filter((o) => !figures.has(owedKey(o))),
      };
    });
  const received = rows.filter((r) => r.received).length;
  const onTime = rows.filter((r) => r.received && r.onTime).length;
  return {
    expected: rows.length,
    received,
    onTime,
    late: received - onTime,
    missing: rows.length - received,
    reportingRate: percent(received, rows.length),
    timeliness: percent(onTime, rows.length),
    onTimeUntil: until,
    reporters: rows,
  };
}

/** Whether an approved figure is locked: its approval stands (undoing it, with a reason, unlocks it). */
export function approvedFigureReason(measurement: Fields): string | undefined {
  const p = measurement.provenance as Provenance | null | undefined;
  return p?.approvedAt
    ? 'Tallet er godkendt fra en indberetning; fortryd godkendelsen med en begrundelse for at ændre det'
    : undefined;
}
