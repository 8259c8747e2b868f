import { DateTime } from 'luxon';
import { RESOURCES, type StoredRecord } from './resources';
import type { Db } from './statistics/period';
import { COPENHAGEN_ZONE } from './copenhagenDay';

/** What erasure touches: the confidential fields of these, and nothing else. */
export const ERASED_RESOURCES = ['incidents', 'incidentLogEntries', 'actionPlans', 'notifications'] as const;
export type ErasedResource = (typeof ERASED_RESOURCES)[number];

/**
 * A mail's personal data: whom it went to (name, address, participant), the reply link's
 * token hash and the mail server's error, which may quote the address. Kind, status,
 * dates and the yes or no stay, so the counts of who was called and answered are kept.
 */
export const MAIL_PERSONAL_FIELDS = ['name', 'to', 'participantId', 'replyTokenHash', 'lastError'] as const;

/** The fields erasure empties, per resource. */
const ERASED_FIELDS: Record<ErasedResource, readonly string[]> = {
  incidents: RESOURCES.incidents.confidential,
  incidentLogEntries: RESOURCES.incidentLogEntries.confidential,
  actionPlans: RESOURCES.actionPlans.confidential,
  notifications: MAIL_PERSONAL_FIELDS,
};

export interface DueItem {
  resource: ErasedResource;
  id: number;
  programmeId: number;
  /** When its confidential fields are (or were) due for erasure. */
  dueAt: string;
}

const hasConfidential = (resource: ErasedResource, record: StoredRecord) =>
  ERASED_FIELDS[resource].some((f) => record[f] !== null && record[f] !== undefined && record[f] !== '');

/** The moment `months` after a date or instant, on Copenhagen's calendar. */
function monthsAfter(at: string, months: number): DateTime {
  return DateTime.fromISO(at, { zone: COPENHAGEN_ZONE }).plus({ months });
}

/**
 * Everything whose confidential fields a programme's retention rule erases, with when: a
 * closed incident `retentionMonths` after it occurred, its log entries and the personal
 * data of its mails with it (the names and addresses it was sent to), an ended
 * plan that long after its end date. An open incident, a plan not ended, or a programme
 * without a rule keeps everything. Records with nothing confidential left are not listed.
 */
export function retentionSchedule(db: Db): DueItem[] {
  const months = new Map(
    (db.programmes ?? [])
      .filter((p) => typeof p.retentionMonths === 'number')
      .map((p) => [p.id, p.retentionMonths as number]),
  );
  const items: DueItem[] = [];
  const closed = new Map<number, { dueAt: string; programmeId: number }>();
  for (const incident of db.incidents ?? []) {
    const rule = months.get(incident.programmeId as number);
    if (!rule || incident.status !== 'closed') continue;
    const dueAt = monthsAfter(incident.occurredAt as string, rule)
      .toUTC()
      .toISO()!;
    closed.set(incident.id, { dueAt, programmeId: incident.programmeId as number });
    if (hasConfidential('incidents', incident))
      items.push({
        resource: 'incidents',
        id: incident.id,
        programmeId: incident.programmeId as number,
        dueAt,
      });
  }
  for (const entry of db.incidentLogEntries ?? []) {
    const incident = closed.get(entry.incidentId as number);
    if (incident && hasConfidential('incidentLogEntries', entry))
      items.push({ resource: 'incidentLogEntries', id: entry.id, ...incident });
  }
  for (const mail of db.notifications ?? []) {
    const incident = closed.get(mail.incidentId as number);
    if (incident && hasConfidential('notifications', mail))
      items.push({ resource: 'notifications', id: mail.id, ...incident });
  }
  for (const plan of db.actionPlans ?? []) {
    const rule = months.get(plan.programmeId as number);
    if (!rule || plan.status !== 'ended' || !plan.endDate || !hasConfidential('actionPlans', plan)) continue;
    // The end date's day is the plan's last: its months count from the day after.
    const dueAt = monthsAfter(plan.endDate as string, rule)
      .plus({ days: 1 })
      .toUTC()
      .toISO()!;
    items.push({ resource: 'actionPlans', id: plan.id, programmeId: plan.programmeId as number, dueAt });
  }
  return items.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/** What is due at `now`, oldest first. */
export const dueNow = (db: Db, now: Date) =>
  retentionSchedule(db).filter((i) => i.dueAt <= now.toISOString());

/** The record with its confidential fields erased. */
export function erased(resource: ErasedResource, record: StoredRecord): StoredRecord {
  const copy = { ...record };
  for (const field of ERASED_FIELDS[resource]) copy[field] = null;
  return copy;
}

export type Counts = Record<ErasedResource, number>;

export function countsOf(items: readonly DueItem[]): Counts {
  const counts = Object.fromEntries(ERASED_RESOURCES.map((r) => [r, 0])) as Counts;
  for (const item of items) counts[item.resource]++;
  return counts;
}
