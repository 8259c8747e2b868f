/**
 * Demo KPIs for the Viborg programme (seed 003): the 2015 baselines exactly as the
 * programme states them, the 2016 safety survey, and plausible yearly figures 2016–2020,
 * some on target and some not; the four activities with their success criteria and
 * log books; and the project year 2018, locked after its status meeting.
 */
import { activityLogSchema, activitySchema } from '../../src/domain/activitySchemas';
import { indicatorSchema, measurementSchema, yearLockSchema } from '../../src/domain/kpiSchemas';
import { createRng } from './prng';

type Row = { id: number } & Record<string, unknown>;
const rng = createRng(2017);
const VIBORG = 1;
/** Viborg's six areas, ids as generated: Egeparken … Vestervang. */
const AREAS = [1, 2, 3, 4, 5, 6];
const YEARS = [2016, 2017, 2018, 2019, 2020];

const rows = <T extends object>(items: T[]): Row[] => items.map((item, i) => ({ id: i + 1, ...item }));

export const INDICATORS: Row[] = rows(
  [
    {
      code: 'klager',
      name: 'Beboerklagesager',
      unit: 'count',
      direction: 'lower',
      baselineYear: 2015,
      target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
      period: 'projectYear',
      dataSource: 'Boligselskaberne opgør klagesager med udgangen af hvert projektår (1.4.–31.3.).',
    },
    {
      code: 'fraflytning',
      name: 'Fraflytningsprocent',
      unit: 'percent',
      direction: 'lower',
      baselineYear: 2015,
      target: { rule: 'absoluteChange', change: -2, byYear: 2020 },
      dataSource: 'Fraflytningsstatistik fra EG-bolig, udtrukket af hvert boligselskab pr. 31.12.',
    },
    {
      code: 'tryg',
      name: 'Voksne der føler sig trygge',
      unit: 'percent',
      direction: 'higher',
      baselineYear: 2016,
      target: { rule: 'higherThanBaseline' },
      perArea: false,
      dataSource: 'Ekstern tilfredshedsundersøgelse 2016; helhedsplanens undersøgelse 2020.',
    },
    {
      code: 'megettryg',
      name: 'Voksne der føler sig meget trygge',
      unit: 'percent',
      direction: 'higher',
      baselineYear: 2016,
      target: { rule: 'higherThanBaseline' },
      perArea: false,
      dataSource: 'Ekstern tilfredshedsundersøgelse 2016; helhedsplanens undersøgelse 2020.',
    },
    {
      code: 'udsaettelser',
      name: 'Gennemførte udsættelser (andel af berammede)',
      unit: 'percent',
      direction: 'lower',
      baselineYear: 2015,
      target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
      perArea: false,
      dataSource: 'Boligselskabernes opgørelse af berammede og gennemførte udsættelser.',
    },
  ].map((i) => indicatorSchema.parse({ programmeId: VIBORG, ...i })),
);

/** 2015 per area, as seed 003 gives them: complaints and turnover. */
const BASELINES: Record<string, number[]> = {
  klager: [0, 32, 14, 32, 0, 16],
  fraflytning: [26.8, 21.8, 20.7, 16.27, 17.3, 14.11],
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const measurements: object[] = [];
const add = (indicatorId: number, areaId: number | null, year: number, value: number) =>
  measurements.push(measurementSchema.parse({ indicatorId, areaId, year, value, source: 'Demodata' }));

AREAS.forEach((areaId, i) => {
  const complaints = BASELINES.klager![i]!;
  const turnover = BASELINES.fraflytning![i]!;
  add(1, areaId, 2015, complaints);
  add(2, areaId, 2015, turnover);
  for (const year of YEARS) {
    const steps = year - 2015;
    // Most areas improve a little each year; the noise lets some miss their target.
    add(1, areaId, year, Math.max(0, Math.round(complaints * (1 - 0.06 * steps) + rng.int(-2, 3))));
    add(2, areaId, year, round(Math.max(5, turnover - 0.45 * steps + rng.int(-10, 10) / 10), 2));
  }
});
add(3, null, 2016, 46);
add(3, null, 2020, 51);
add(4, null, 2016, 32);
add(4, null, 2020, 31);
add(5, null, 2015, 42.9);
for (const year of YEARS) add(5, null, year, round(42.9 - 1.8 * (year - 2015) + rng.int(-20, 20) / 10, 1));

export const MEASUREMENTS: Row[] = rows(measurements);

export const YEAR_LOCKS: Row[] = rows([
  yearLockSchema.parse({
    programmeId: VIBORG,
    year: 2018,
    reason: 'Tallene er godkendt på det årlige statusmøde 12.06.2019.',
  }),
]);

export const ACTIVITIES: Row[] = rows(
  [
    {
      name: 'Formidling og information',
      description:
        'Kurser for beboere og frivillige i formidling, nyhedsbrev og opslag i de enkelte boligområder.',
      successCriteria: [
        { description: '40 beboere har deltaget i kursus pr. projektår', metric: 'participants', target: 40 },
        {
          description: '25 frivillige er aktive i formidlingsopgaverne pr. projektår',
          metric: 'volunteers',
          target: 25,
        },
        {
          description: 'Samarbejdspartnere, der modtager informationsbrevet, stiger med 10 % pr. projektår',
          metric: 'unregistered',
        },
      ],
    },
    {
      name: 'Vejviseren',
      description: 'Ture, hvor beboere viser nye naboer rundt i området og i Viborg by.',
      successCriteria: [
        { description: '200 beboere deltager pr. projektår', metric: 'participants', target: 200 },
        {
          description: 'Hvert boligområde arrangerer mindst fire ture årligt',
          metric: 'sessions',
          target: 4,
          perArea: true,
        },
      ],
    },
    {
      name: 'Naboskabsfrivillige',
      description: 'Frivillige beboere tager imod nye lejere og fortæller om området.',
      successCriteria: [
        {
          description: '40 frivillige tilknyttet i projektperioden',
          metric: 'volunteers',
          target: 40,
          scope: 'programmePeriod',
        },
        {
          description: 'Kontakt med 75 % af tilflyttere pr. projektår (651 nye lejere i 2015)',
          metric: 'unregistered',
        },
      ],
    },
    {
      name: 'Naboskabet',
      description: 'Beboerdrevne arrangementer og fester, der styrker naboskabet.',
      successCriteria: [
        {
          description: '700 beboere deltager i et arrangement pr. projektår',
          metric: 'participants',
          target: 700,
        },
      ],
    },
  ].map((a) => activitySchema.parse({ programmeId: VIBORG, focusArea: 'Tryghed og trivsel', ...a })),
);

const logs: object[] = [];
const PROJECT_YEARS = [2017, 2018, 2019, 2020];
/** Sessions per area and project year, and participants per session, for each activity. */
const PLAN: Record<
  number,
  { sessions: [number, number]; participants: [number, number]; volunteers: [number, number] }
> = {
  1: { sessions: [1, 2], participants: [3, 6], volunteers: [2, 5] },
  2: { sessions: [3, 5], participants: [7, 13], volunteers: [0, 0] },
  3: { sessions: [1, 2], participants: [2, 6], volunteers: [4, 9] },
  4: { sessions: [3, 4], participants: [25, 50], volunteers: [3, 8] },
};
for (const year of PROJECT_YEARS)
  for (const [activityId, plan] of Object.entries(PLAN))
    for (const areaId of AREAS)
      for (let s = rng.int(...plan.sessions); s > 0; s--) {
        const month = rng.int(4, 15); // April of the project year to March of the next
        const date = `${month > 12 ? year + 1 : year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        logs.push(
          activityLogSchema.parse({
            activityId: Number(activityId),
            areaId,
            date,
            participants: rng.int(...plan.participants),
            volunteers: plan.volunteers[1] === 0 ? null : rng.int(...plan.volunteers),
          }),
        );
      }

export const ACTIVITY_LOGS: Row[] = rows(logs);
