import type { WriteContext, StoredRecord } from './records';
import { ruleMessage, type Locale } from './messages';

type Fields = Record<string, unknown>;
type Errors = Record<string, string>;

/** An indicator's code is unique within its programme: it names the column in imports. */
export function indicatorErrors(
  input: Fields,
  previous: StoredRecord | undefined,
  ctx: WriteContext,
): Errors {
  const errors: Errors = {};
  const clash = ctx
    .all('indicators')
    .some((i) => i.id !== previous?.id && i.programmeId === input.programmeId && i.code === input.code);
  if (clash) errors.code = ruleMessage('duplicateCode');
  // Its figures would follow it, out of the programme's year locks and statistics.
  if (previous && input.programmeId !== previous.programmeId) {
    const figures = ctx.all('measurements').filter((m) => m.indicatorId === previous.id).length;
    if (figures > 0)
      errors.programmeId = ruleMessage('indicatorHasFigures').replace('{count}', String(figures));
  }
  return errors;
}

/** What is wrong with a figure for an indicator of this unit: counts are whole, rates 0–100. */
export function valueError(unit: string, value: number, locale: Locale = 'da'): string | undefined {
  if (value < 0) return ruleMessage('notNegative', locale);
  if (unit === 'count' && !Number.isInteger(value)) return ruleMessage('wholeNumber', locale);
  if (unit === 'percent' && value > 100) return ruleMessage('percentRange', locale);
  return undefined;
}

/** A figure fits its indicator: whole counts, rates 0–100, one per area and year, areas of the programme. */
export function measurementErrors(input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) {
  const errors: Record<string, string> = {};
  const indicator = ctx.find('indicators', input.indicatorId as number);
  if (!indicator) return errors; // the reference check names it
  const valueProblem = valueError(indicator.unit as string, input.value as number);
  if (valueProblem) errors.value = valueProblem;
  if (indicator.perArea && input.areaId === null) errors.areaId = ruleMessage('areaRequired');
  if (!indicator.perArea && input.areaId !== null) errors.areaId = ruleMessage('programmeWide');
  const area = input.areaId === null ? undefined : ctx.find('areas', input.areaId as number);
  if (area && area.programmeId !== indicator.programmeId) errors.areaId = ruleMessage('otherProgramme');
  const duplicate = ctx
    .all('measurements')
    .some(
      (m) =>
        m.id !== previous?.id &&
        m.indicatorId === input.indicatorId &&
        m.areaId === input.areaId &&
        m.year === input.year,
    );
  if (duplicate) errors.year = ruleMessage('duplicateMeasurement');
  return errors;
}

/** The reason a measurement's year may not change, when the status meeting has locked it. */
export function lockedYearReason(measurement: Fields, ctx: WriteContext): string | undefined {
  const indicator = ctx.find('indicators', measurement.indicatorId as number);
  if (!indicator) return undefined;
  const locked = ctx
    .all('yearLocks')
    .some((l) => l.active === true && l.programmeId === indicator.programmeId && l.year === measurement.year);
  return locked ? `År ${String(measurement.year)} er låst efter statusmødet` : undefined;
}

/** A lock is lifted with a reason and never put back on (a new lock is made instead); one at a time. */
export function yearLockErrors(input: Fields, previous: StoredRecord | undefined, ctx: WriteContext) {
  const errors: Record<string, string> = {};
  if (previous && previous.active === false && input.active === true)
    errors.active = ruleMessage('relockNotAllowed');
  if (input.active === false && !input.unlockReason)
    errors.unlockReason = ruleMessage('unlockReasonRequired');
  if (input.active === true) {
    const other = ctx
      .all('yearLocks')
      .some(
        (l) =>
          l.id !== previous?.id &&
          l.active === true &&
          l.programmeId === input.programmeId &&
          l.year === input.year,
      );
    if (other) errors.year = ruleMessage('alreadyLocked');
  }
  return errors;
}

/**
 * Who locked the year and when, set once when the lock is made; likewise who lifted it and
 * when. Older locks, made before this was kept, say nobody (null).
 */
export function deriveYearLock(input: Fields, previous: StoredRecord | undefined, ctx: WriteContext): Fields {
  const at = ctx.now.toISOString();
  const lifted = previous?.active === true && input.active === false;
  return {
    ...input,
    lockedBy: previous ? (previous.lockedBy ?? null) : ctx.username,
    lockedAt: previous ? (previous.lockedAt ?? null) : at,
    unlockedBy: lifted ? ctx.username : (previous?.unlockedBy ?? null),
    unlockedAt: lifted ? at : (previous?.unlockedAt ?? null),
  };
}

/** A log book session happens in an area of the activity's programme. */
export function activityLogErrors(
  input: Fields,
  _previous: StoredRecord | undefined,
  ctx: WriteContext,
): Errors {
  const activity = ctx.find('activities', input.activityId as number);
  const area = input.areaId === null ? undefined : ctx.find('areas', input.areaId as number);
  return activity && area && area.programmeId !== activity.programmeId
    ? { areaId: ruleMessage('otherProgramme') }
    : {};
}
