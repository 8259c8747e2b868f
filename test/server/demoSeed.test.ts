import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planFlags } from '../../src/domain/actionPlanRules';
import { responseDeadline } from '../../src/domain/deadlines';
import { incidentView, type Incident } from '../../src/domain/incidentRules';
import type { Level } from '../../src/domain/levels';
import { isStale } from '../../src/domain/participantRules';
import { COPENHAGEN_ZONE } from '../../src/domain/copenhagenDay';
import { seedForToday, weeksToShift, type SeedDates } from '../../src/server/store/demoSeed';

const seed = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/seed.json', import.meta.url)), 'utf8'),
) as Record<string, any>;
const { referenceDate, recentFrom } = seed._demo as SeedDates;
const reference = new Date(`${referenceDate}T12:00:00.000Z`);
interface Db {
  programmes: any[];
  participants: any[];
  incidents: any[];
  incidentLogEntries: any[];
  actionPlans: any[];
  [collection: string]: any[];
}

const DAY_MS = 86_400_000;
/** Every third day over two years from the reference day, and a year ahead exactly. */
const DAYS = [
  ...Array.from({ length: 244 }, (_, i) => new Date(reference.getTime() + i * 3 * DAY_MS)),
  new Date('2027-11-23T12:00:00.000Z'),
];

const weekday = (iso: string) => DateTime.fromISO(iso, { zone: COPENHAGEN_ZONE }).weekday;
const overdue = (db: Db, now: Date) =>
  db.incidents.filter((i) => incidentView(i as Incident, now).overdue).map((i) => i.id);
const stale = (db: Db, now: Date) =>
  db.participants.filter((p) => isStale(p.lastVerifiedAt, now)).map((p) => p.id);
const endingSoon = (db: Db, now: Date) =>
  db.actionPlans.filter((p) => planFlags(p, now).endsSoon).map((p) => p.id);
/** Times of things that have happened: none may lie after the day the store is made. */
const pastTimes = (db: Db) => [
  ...db.incidents.flatMap((i) => [i.occurredAt, i.levelSetAt, i.meetingHeldAt]),
  ...db.incidentLogEntries.map((e) => e.at),
  ...db.actionPlans.flatMap((p) => [
    ...p.history.map((h: { at: string }) => h.at),
    ...p.approvals.map((a: { approvedAt: string }) => a.approvedAt),
  ]),
  ...db.participants.map((p) => p.lastVerifiedAt),
];

describe('the demo laid out on the day the store is made', () => {
  const atReference = seedForToday(seed, reference) as Db;

  it('is the seed itself on the reference day, without the seed’s own dates, its programmes marked as demo', () => {
    const { _demo, ...collections } = seed;
    expect(atReference).toEqual({
      ...collections,
      programmes: collections.programmes.map((p: object) => ({ ...p, demo: true })),
    });
  });

  it('marks nothing in a seed that states no dates: that is not demo data', () => {
    const { _demo, ...collections } = seed;
    expect(seedForToday(collections, reference)).toEqual(collections);
  });

  it('moves by whole weeks, the same for every hour of a day', () => {
    expect(weeksToShift(referenceDate, reference)).toBe(0);
    expect(weeksToShift(referenceDate, new Date('2026-11-26T22:59:00Z'))).toBe(0);
    expect(weeksToShift(referenceDate, new Date('2026-11-27T00:00:00Z'))).toBe(1);
    expect(weeksToShift(referenceDate, new Date('2027-11-23T12:00:00Z'))).toBe(52);
    const morning = seedForToday(seed, new Date('2027-03-10T05:00:00Z'));
    expect(seedForToday(seed, new Date('2027-03-10T21:00:00Z'))).toEqual(morning);
  });

  it.each(DAYS.map((d) => [d.toISOString().slice(0, 10), d] as const))(
    'on %s holds the same story as on the reference day',
    (_day, now) => {
      const db = seedForToday(seed, now) as Db;
      // One active plan ends within a week; the same meetings are overdue, the same contacts stale.
      expect(endingSoon(db, now)).toEqual(endingSoon(atReference, reference));
      expect(endingSoon(db, now)).toHaveLength(1);
      expect(overdue(db, now)).toEqual(overdue(atReference, reference));
      expect(stale(db, now)).toEqual(stale(atReference, reference));
      for (const t of pastTimes(db).filter(Boolean)) expect(t <= now.toISOString(), t).toBe(true);
      for (const [i, incident] of db.incidents.entries()) {
        expect(incident.responseDeadline).toBe(
          responseDeadline(incident.level as Level, incident.levelSetAt),
        );
        expect(weekday(incident.occurredAt)).toBe(weekday(atReference.incidents[i].occurredAt));
      }
    },
  );

  it('keeps the history before recentFrom where it is', () => {
    const db = seedForToday(seed, new Date('2028-05-05T12:00:00Z')) as Db;
    const datesIn = (rows: unknown[]) => JSON.stringify(rows).match(/"\d{4}-\d{2}-\d{2}[^"]*"/g) ?? [];
    for (const name of ['measurements', 'activityLogs', 'yearLocks', 'indicators', 'activities']) {
      expect(
        datesIn(seed[name]).every((d) => d.slice(1) < recentFrom),
        name,
      ).toBe(true);
      expect(db[name], name).toEqual(seed[name]);
    }
    const viborgIncidents = (rows: any[]) => rows.filter((i) => i.programmeId === 1);
    expect(viborgIncidents(db.incidents)).toEqual(viborgIncidents(seed.incidents));
    expect(db.programmes[0]).toEqual({ ...seed.programmes[0], demo: true });
  });

  it('moves a programme’s period by whole years, and the years in its name with it', () => {
    const db = seedForToday(seed, new Date('2027-12-02T12:00:00Z')) as Db;
    expect(db.programmes[1]).toMatchObject({
      name: 'Boligsocial helhedsplan Randers 2026-2030',
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
    });
  });

  it('keeps the wall clock across summer time', () => {
    const db = seedForToday(seed, new Date('2027-05-24T12:00:00Z')) as Db;
    const local = (iso: string) => DateTime.fromISO(iso, { zone: COPENHAGEN_ZONE }).toFormat('HH:mm');
    for (const [i, incident] of db.incidents.entries())
      expect(local(incident.occurredAt)).toBe(local(atReference.incidents[i].occurredAt));
  });
});
