/**
 * Writes data/seed.json, the committed demo data from which the live store is
 * created on first start. Deterministic: a seeded PRNG and a fixed "now", so two
 * runs give the identical file. Every record goes through its zod schema, and
 * incidents through deriveIncident, so invalid data fails loudly.
 *
 *   npx tsx scripts/generate-demo.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { areaSchema } from '../src/domain/areaSchema';
import { meetingStatus } from '../src/domain/deadlines';
import { deriveIncident, incidentView, type Incident } from '../src/domain/incidentRules';
import { incidentSchema } from '../src/domain/incidentSchema';
import { isStale } from '../src/domain/participantRules';
import { participantSchema } from '../src/domain/participantSchema';
import { programmeSchema } from '../src/domain/programmeSchema';
import { addWorkingDays } from '../src/domain/workingDays';
import { COPENHAGEN_ZONE } from '../src/domain/copenhagenDay';
import { SEED_DATES_KEY, type SeedDates } from '../src/server/store/demoSeed';
import { ACTION_PLANS, INCIDENT_LOG } from './demo/actionPlans';
import { INCIDENTS, OPEN_FROM, type IncidentSpec } from './demo/incidents';
import { ACTIVITIES, ACTIVITY_LOGS, INDICATORS, MEASUREMENTS, YEAR_LOCKS } from './demo/kpi';
import {
  AREAS,
  FORBIDDEN_NAMES,
  FORBIDDEN_PHONES,
  PARTICIPANTS,
  PROGRAMMES,
  PROGRAMME_ORDER,
  type ProgrammeKey,
} from './demo/organisation';
import { demoNotifications } from './demo/notifications';
import { REPORTERS, REPORTING_ROUNDS, REPORTING_SUBMISSIONS, withProvenance } from './demo/reporting';
import { createRng, type Rng } from './demo/prng';

const SEED = 20250424;
/** The generator's "now" for deriveIncident (it only matters when levelSetAt is missing). */
const NOW = new Date('2026-11-01T12:00:00Z');
/**
 * The day the demo's recent part is laid out for: the active plan ends four days later,
 * meetings are overdue and contacts stale as of this day. The first start of a store
 * moves everything dated from RECENT_FROM on to stand the same way around its own day
 * (src/server/demoSeed.ts); the Viborg 2015–2021 history stays where it is.
 */
const DEMO_DATE = new Date('2026-11-23T12:00:00Z');
const RECENT_FROM = '2024-01-01';
const OUT = fileURLToPath(new URL('../data/seed.json', import.meta.url));

type Row = { id: number } & Record<string, unknown>;

const rng = createRng(SEED);

function fail(message: string): never {
  throw new Error(`generate-demo: ${message}`);
}

function programmeId(key: ProgrammeKey): number {
  return PROGRAMME_ORDER.indexOf(key) + 1;
}

// --- programmes and areas --------------------------------------------------

const programmes: Row[] = PROGRAMME_ORDER.map((key, i) => ({
  id: i + 1,
  ...programmeSchema.parse(PROGRAMMES[key]),
}));

const areas: Row[] = AREAS.map(({ programme, ...area }, i) => ({
  id: i + 1,
  ...areaSchema.parse({ ...area, programmeId: programmeId(programme) }),
}));

function areaId(programme: ProgrammeKey, name: string): number {
  const area = areas.find((a) => a.name === name && a.programmeId === programmeId(programme));
  return area ? area.id : fail(`no area "${name}" in ${programme}`);
}

// --- participants ----------------------------------------------------------

const PHONE_PREFIXES = [
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '40',
  '41',
  '42',
  '50',
  '51',
  '60',
  '61',
];
const usedPhones = new Set<string>(FORBIDDEN_PHONES);

/** An invented 8-digit mobile number, "40 12 34 56", never one of the seeds'. */
function inventPhone(r: Rng): string {
  for (;;) {
    const digits = r.pick(PHONE_PREFIXES) + String(r.int(0, 999_999)).padStart(6, '0');
    if (usedPhones.has(digits)) continue;
    usedPhones.add(digits);
    return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
}

const participantIds = new Map(PARTICIPANTS.map((p, i) => [p.key, i + 1]));

const participants: Row[] = PARTICIPANTS.map((p, i) => {
  const deputyOfId =
    p.deputyOf === undefined
      ? null
      : (participantIds.get(p.deputyOf) ?? fail(`unknown deputyOf ${p.deputyOf}`));
  const input = {
    programmeId: programmeId(p.programme),
    name: p.name,
    title: p.title,
    organisation: p.organisation,
    phone: inventPhone(rng),
    email: p.email,
    responseGroups: p.policeOnly ? [2] : [1, 2],
    deputyOfId,
    pressContact: p.pressContact ?? false,
    signsPlan: p.signsPlan ?? false,
    convener: p.convener ?? false,
    lastVerifiedAt: p.lastVerifiedAt,
  };
  return { id: i + 1, ...participantSchema.parse(input) };
});

// --- incidents -------------------------------------------------------------

const local = (iso: string) => DateTime.fromISO(iso, { zone: COPENHAGEN_ZONE });
const utc = (dt: DateTime): string => dt.toUTC().toISO() ?? fail(`invalid time ${dt.invalidReason}`);
const at = (day: string, time: string) => local(`${day}T${time}`);

/** Minutes from the event until the level was set: drills at once, red fast, green slowly. */
function levelDelayMinutes(spec: IncidentSpec): number {
  if (spec.exercise) return rng.int(0, 5);
  if (spec.level === 'red') return rng.int(5, 45);
  if (spec.level === 'yellow') return rng.int(20, 240);
  return rng.int(30, 360);
}

/** When the response group met, chosen by the plan; the deadline itself comes from the domain. */
function meetingTime(spec: IncidentSpec, levelSetAt: DateTime, deadline: string): string | null {
  const plan = spec.meeting ?? 'onTime';
  if (spec.level === 'green' || plan === 'none') return null;
  const setDay = levelSetAt.toISODate() ?? fail('invalid levelSetAt');
  if (spec.level === 'red') {
    if (plan === 'late')
      return utc(local(deadline).plus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 }));
    if (levelSetAt.hour < 12) return utc(at(setDay, rng.pick(['14:00', '15:00'])));
    return utc(at(levelSetAt.plus({ days: 1 }).toISODate()!, rng.pick(['08:30', '09:00', '10:00'])));
  }
  const days = plan === 'late' ? rng.int(4, 5) : rng.int(1, 3);
  return utc(at(addWorkingDays(setDay, days), rng.pick(['09:00', '10:30', '13:00', '14:00'])));
}

const EXPECTED_STATUS = { onTime: 'onTime', late: 'late', none: 'overdue' } as const;

const incidents: Row[] = INCIDENTS.map((spec, i) => {
  const occurred = local(spec.at.replace(' ', 'T'));
  if (!occurred.isValid) fail(`invalid time ${spec.at}`);
  const setAt = occurred.plus({ minutes: levelDelayMinutes(spec) });
  const input = incidentSchema.parse({
    programmeId: programmeId(spec.programme),
    areaId: areaId(spec.programme, spec.area),
    occurredAt: utc(occurred),
    level: spec.level,
    levelSetAt: utc(setAt),
    category: spec.category,
    policeCase: spec.police ?? false,
    activatedBy: spec.by,
    exercise: spec.exercise ?? false,
    involvedCount: spec.involved,
    escalationRisk: spec.risk,
    description: spec.text,
    confidentialNotes: spec.notes ?? null,
    meetingHeldAt: null,
    status: spec.at.slice(0, 10) >= OPEN_FROM ? 'open' : 'closed',
  });
  let derived = deriveIncident(input, undefined, NOW);
  if (derived.responseDeadline !== null) {
    const meetingHeldAt = meetingTime(spec, setAt, derived.responseDeadline);
    // Planned, then held at that time.
    derived = deriveIncident(
      incidentSchema.parse({ ...input, meetingPlannedAt: meetingHeldAt, meetingHeldAt }),
      undefined,
      NOW,
    );
  }
  const status = meetingStatus(derived, NOW);
  const expected = spec.level === 'green' ? 'notRequired' : EXPECTED_STATUS[spec.meeting ?? 'onTime'];
  if (status !== expected) fail(`incident ${i + 1} (${spec.at}): meeting ${status}, planned ${expected}`);
  return { id: i + 1, ...derived, activationChecklist: [] };
});

// --- checks, output and summary -------------------------------------------

const db = {
  programmes,
  areas,
  participants,
  incidents,
  incidentLogEntries: INCIDENT_LOG,
  actionPlans: ACTION_PLANS,
  indicators: INDICATORS,
  measurements: withProvenance(MEASUREMENTS),
  yearLocks: YEAR_LOCKS,
  activities: ACTIVITIES,
  activityLogs: ACTIVITY_LOGS,
  notifications: demoNotifications(incidents, participants, rng),
  reporters: REPORTERS,
  reportingRounds: REPORTING_ROUNDS,
  reportingSubmissions: REPORTING_SUBMISSIONS,
};
const seedDates: SeedDates = { referenceDate: DEMO_DATE.toISOString().slice(0, 10), recentFrom: RECENT_FROM };
const json = `${JSON.stringify({ [SEED_DATES_KEY]: seedDates, ...db }, null, 2)}\n`;

for (const name of FORBIDDEN_NAMES) if (json.includes(name)) fail(`real name from the seeds: ${name}`);
for (const phone of FORBIDDEN_PHONES) {
  const spaced = new RegExp(phone.split('').join('[ -]?'));
  if (spaced.test(json)) fail(`real phone number from the seeds: ${phone}`);
}

writeFileSync(OUT, json);

const tally = (values: string[]) =>
  Object.entries(values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {}))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
const views = incidents.map((r) => incidentView(r as unknown as Incident, DEMO_DATE));

console.log(`Wrote ${OUT}`);
console.log(
  Object.entries(db)
    .map(([k, rows]) => `${k}: ${rows.length}`)
    .join(', '),
);
console.log(`levels: ${tally(views.map((v) => v.level))}`);
console.log(`categories: ${tally(views.map((v) => v.category))}`);
console.log(
  `meetings as of ${DEMO_DATE.toISOString().slice(0, 10)}: ${tally(views.map((v) => v.meetingStatus))}`,
);
console.log(
  `overdue: ${views.filter((v) => v.overdue).length} (ids ${views
    .filter((v) => v.overdue)
    .map((v) => v.id)
    .join(', ')})`,
);
console.log(
  `exercises: ${views.filter((v) => v.exercise).length}, open: ${views.filter((v) => v.status === 'open').length}`,
);
console.log(
  `stale participants: ${participants.filter((p) => isStale(p.lastVerifiedAt as string | null, DEMO_DATE)).length}`,
);
