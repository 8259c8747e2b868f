import { DateTime } from 'luxon';
import { responseDeadline } from '../../domain/deadlines';
import { DEMO_MARK, closedDaysOf } from '../../domain/programmeSchema';
import type { Level } from '../../domain/levels';
import type { StoredRecord } from '../../domain/resources';
import { COPENHAGEN_ZONE } from '../../domain/copenhagenDay';

/**
 * The demo seed says which day its recent part was laid out for (`referenceDate`) and
 * where that part begins (`recentFrom`); older data (the Viborg 2015–2021 series) is
 * history and stays where it is. A store without this key is taken as it is.
 */
export interface SeedDates {
  referenceDate: string;
  recentFrom: string;
}

export const SEED_DATES_KEY = '_demo';

/**
 * A demo seed's programme as stores from before the mark recognise it: its id, name and
 * municipality, all three (a store made from another seed may share an id and a town).
 */
export interface SeedProgramme {
  id: number;
  name: string;
  municipality: string;
}

/** Whether a stored programme is that seed programme, as far as a store from before the mark can tell. */
export const isSeedProgramme = (seed: readonly SeedProgramme[], p: Record<string, unknown>) =>
  seed.some((s) => s.id === p.id && s.name === p.name && s.municipality === p.municipality);

/** The programmes of a demo seed (none for a seed without `_demo`, which is not demo data). */
export function seedProgrammes(seed: Record<string, unknown>): SeedProgramme[] {
  if (!seed[SEED_DATES_KEY] || !Array.isArray(seed.programmes)) return [];
  return (seed.programmes as StoredRecord[]).map((p) => ({
    id: p.id,
    name: String(p.name),
    municipality: String(p.municipality),
  }));
}

const marked = (collections: Record<string, unknown>) =>
  Array.isArray(collections.programmes)
    ? {
        ...collections,
        programmes: (collections.programmes as StoredRecord[]).map((p) => ({ ...p, [DEMO_MARK]: true })),
      }
    : collections;

type Seed = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const WEEK_DAYS = 7;
/** A programme's period is whole years (its project years); it moves by whole years. */
const PERIOD_FIELDS = new Set(['periodStart', 'periodEnd']);

const copenhagenDay = (now: Date) => DateTime.fromJSDate(now, { zone: COPENHAGEN_ZONE }).startOf('day');

/**
 * Whole weeks from the seed's reference day to `now`: a week keeps every weekday, so
 * meetings stay on working days and weekend incidents stay on weekends. Rounded, so
 * today is at most three days from the reference day as the seed laid it out.
 */
export function weeksToShift(referenceDate: string, now: Date): number {
  const reference = DateTime.fromISO(referenceDate, { zone: COPENHAGEN_ZONE });
  return Math.round(copenhagenDay(now).diff(reference, 'days').days / WEEK_DAYS);
}

function shiftValue(value: string, days: number, years: number, key: string): string {
  if (DATE.test(value)) {
    const date = DateTime.fromISO(value, { zone: 'utc' });
    return (PERIOD_FIELDS.has(key) ? date.plus({ years }) : date.plus({ days })).toISODate()!;
  }
  // The wall clock is kept across a change of summer time: 19.00 stays 19.00.
  const moved = DateTime.fromISO(value, { zone: COPENHAGEN_ZONE }).plus({ days }).toUTC();
  return value.endsWith('Z') && !value.includes('.')
    ? moved.toISO({ suppressMilliseconds: true })!
    : moved.toISO()!;
}

function shiftTree(node: unknown, shift: (value: string, key: string) => string, key = ''): unknown {
  if (typeof node === 'string') return shift(node, key);
  if (Array.isArray(node)) return node.map((item) => shiftTree(item, shift, key));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shiftTree(v, shift, k)]));
  return node;
}

/** "Randers 2025-2029" names its period; when the period moves, the name follows. */
function renameForPeriod(before: StoredRecord, after: StoredRecord): StoredRecord {
  const range = (p: StoredRecord) =>
    `${String(p.periodStart).slice(0, 4)}-${String(p.periodEnd).slice(0, 4)}`;
  return { ...after, name: String(after.name).replace(range(before), range(after)) };
}

/**
 * The seed as it should be stored when the store is created at `now`: every date from
 * `recentFrom` on moved by whole weeks, so that the demo's recent part (this and last
 * year's incidents, the plan that ends within a week, overdue meetings, stale contacts)
 * stands where it stood relative to the reference day. Deadlines are computed again,
 * because the public holidays do not move with it. Deterministic for a given day. A seed
 * that states its dates is demo data: its programmes are marked so (DEMO_MARK).
 */
export function seedForToday(seed: Seed, now: Date): Record<string, unknown> {
  const { [SEED_DATES_KEY]: meta, ...collections } = seed;
  if (!meta) return collections;
  return marked(shiftedSeed(collections, meta as SeedDates, now));
}

function shiftedSeed(collections: Seed, { referenceDate, recentFrom }: SeedDates, now: Date): Seed {
  const days = weeksToShift(referenceDate, now) * WEEK_DAYS;
  if (days === 0) return collections;
  const years = Math.round(days / 365.25);
  const recent = (value: string) => (DATE.test(value) || DATE_TIME.test(value)) && value >= recentFrom;
  const shifted = shiftTree(collections, (value, key) =>
    recent(value) ? shiftValue(value, days, years, key) : value,
  ) as Record<string, StoredRecord[]>;
  const programmes = collections.programmes as StoredRecord[] | undefined;
  if (programmes) shifted.programmes = shifted.programmes!.map((p, i) => renameForPeriod(programmes[i]!, p));
  if (Array.isArray(shifted.incidents))
    shifted.incidents = shifted.incidents.map((incident) => ({
      ...incident,
      responseDeadline: responseDeadline(
        incident.level as Level,
        incident.levelSetAt as string,
        closedDaysOf(shifted.programmes?.find((p) => p.id === incident.programmeId)),
      ),
    }));
  return shifted;
}
