import { CATEGORIES } from '../categories';
import { meetingStatus, type MeetingStatus } from '../deadlines';
import type { Incident } from '../incidentRules';
import { LEVELS, type Level } from '../levels';
import { copenhagenDate } from '../copenhagenDay';
import { monthsOf, type Db, type Period } from './period';

type LevelCounts = Record<Level, number>;
const zero = (): LevelCounts => ({ green: 0, yellow: 0, red: 0 });

/** The period's incidents of the programme; drills are kept out of statistics. */
export function incidentsIn(db: Db, period: Period): Incident[] {
  return ((db.incidents ?? []) as unknown as Incident[]).filter(
    (i) =>
      i.programmeId === period.programme.id &&
      !i.exercise &&
      i.occurredAt >= period.fromInstant &&
      i.occurredAt <= period.toInstant,
  );
}

/** Incidents by month × level, by category, by area and by level: aggregates only, nothing confidential. */
export function incidentStats(db: Db, period: Period) {
  const incidents = incidentsIn(db, period);
  const months = new Map(monthsOf(period).map((m) => [m, zero()]));
  const categories = new Map(CATEGORIES.map((c) => [c, 0]));
  const areas = new Map<number, LevelCounts>();
  const byLevel = zero();
  for (const i of incidents) {
    const month = months.get(copenhagenDate(new Date(i.occurredAt)).slice(0, 7));
    if (month) month[i.level]++;
    categories.set(i.category, (categories.get(i.category) ?? 0) + 1);
    const area = areas.get(i.areaId) ?? zero();
    area[i.level]++;
    areas.set(i.areaId, area);
    byLevel[i.level]++;
  }
  const areaNames = new Map((db.areas ?? []).map((a) => [a.id, String(a.name)]));
  return {
    total: incidents.length,
    byLevel,
    byMonth: [...months].map(([month, counts]) => ({ month, ...counts })),
    byCategory: [...categories].map(([category, count]) => ({ category, count })),
    byArea: [...areas]
      .map(([areaId, counts]) => ({
        areaId,
        name: areaNames.get(areaId) ?? `#${areaId}`,
        ...counts,
        total: LEVELS.reduce((s, l) => s + counts[l], 0),
      }))
      .sort((a, b) => b.total - a.total),
  };
}

/** Were the response meetings held in time? Over the period's yellow and red incidents. */
export function responseStats(db: Db, period: Period, now: Date) {
  const counts: Record<MeetingStatus, number> = {
    notRequired: 0,
    pending: 0,
    planned: 0,
    onTime: 0,
    late: 0,
    overdue: 0,
  };
  for (const i of incidentsIn(db, period)) counts[meetingStatus(i, now)]++;
  const decided = counts.onTime + counts.late + counts.overdue;
  return {
    required: decided + counts.pending + counts.planned,
    ...counts,
    /** Share held in time of those whose deadline has passed or were held; null when none. */
    shareOnTime: decided === 0 ? null : Math.round((counts.onTime / decided) * 1000) / 1000,
  };
}
