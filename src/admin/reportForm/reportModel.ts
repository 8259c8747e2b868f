import { readDanishNumber } from '../../domain/danishNumber';
import { valueError } from '../../domain/kpiRules';
import type { Locale } from '../../domain/messages';
import type { ReportItem, ReportItemWrite } from '../api/reporting';

/** An item's key, `indicatorId:areaId` with `all` for the whole programme (as the grid's cells). */
export const itemKey = (item: { indicatorId: number; areaId: number | null }) =>
  `${item.indicatorId}:${item.areaId ?? 'all'}`;

export interface Entry {
  text: string;
  comment: string;
}

/**
 * What is wrong with a typed figure: Danish writing (3.000, 12,5 %), whole for counts, 0–100
 * for percentages; the words the import uses. Empty is no error here: a draft may leave it.
 */
export function figureProblem(text: string, unit: string, locale: Locale): string | undefined {
  if (text.trim() === '') return undefined;
  const reading = readDanishNumber(text);
  if (reading.error !== undefined) return reading.error;
  return valueError(unit, reading.value, locale);
}

/** Submitting needs every figure, or a comment saying why it cannot be given. */
export const missingReason = (entry: Entry) => entry.text.trim() === '' && entry.comment.trim() === '';

export function toWrite(item: ReportItem, entry: Entry): ReportItemWrite {
  const reading = entry.text.trim() === '' ? undefined : readDanishNumber(entry.text);
  return {
    indicatorId: item.indicatorId,
    areaId: item.areaId,
    value: reading?.value ?? null,
    comment: entry.comment.trim() === '' ? null : entry.comment.trim(),
  };
}

/** A stored figure as the reporter would write it: 3.000, 12,5. */
export const danishText = (value: number | null) =>
  value === null ? '' : new Intl.NumberFormat('da-DK', { maximumFractionDigits: 4 }).format(value);
