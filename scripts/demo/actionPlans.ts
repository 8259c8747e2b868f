/**
 * Demo action plans and incident log entries, each built by walking the plan's life
 * through the domain's own rules (draft → approved → active → ended), so the stored
 * history and every status are what the server itself would have produced.
 */
import { actionPlanErrors, derivePlanHistory } from '../../src/domain/actionPlanRules';
import { actionPlanSchema, type ActionPlan } from '../../src/domain/actionPlanSchema';
import { incidentLogEntrySchema } from '../../src/domain/incidentLogSchema';

type Row = { id: number } & Record<string, unknown>;
type Step = { at: string; by: string; change: Record<string, unknown> };

/** Plans are created as drafts; a first step that also names a status is agreed right after. */
function walk(id: number, signatoryIds: number[], given: Step[]): Row {
  const [first, ...rest] = given;
  const { status, ...content } = first!.change;
  const steps = status ? [{ ...first!, change: content }, { ...first!, change: { status } }, ...rest] : given;
  let plan: ActionPlan | undefined;
  for (const step of steps) {
    const next = actionPlanSchema.parse({ ...plan, ...step.change });
    const errors = actionPlanErrors(next, plan, { signatoryIds });
    if (Object.keys(errors).length > 0)
      throw new Error(`demo plan ${id} at ${step.at}: ${JSON.stringify(errors)}`);
    plan = { ...next, id, history: derivePlanHistory(next, plan, new Date(step.at), step.by) };
  }
  return { ...plan!, version: steps.length };
}

const approvalsOf = (ids: number[], at: string) =>
  ids.map((participantId) => ({ participantId, approvedAt: at }));

const RANDERS_SIGNATORIES = [12, 15, 16, 17, 18, 19, 21];
const VIBORG_SIGNATORIES = [1, 2, 3, 5, 6, 7, 8, 9];

/** The content agreed at a response meeting in Gl. Jennumparken after the shooting (incident 38). */
const shooting = {
  programmeId: 2,
  incidentIds: [38],
  situation: {
    description:
      'Skud affyret mod en opgangsdør natten til lørdag. Konflikt mellem to grupper af unge; flere har set en bil køre fra stedet.',
    involvedCount: 8,
    escalationRisk: 'high',
  },
  purpose: 'At skabe ro og tryghed i området og forhindre gengældelse mellem grupperne.',
  targetGroups: 'Unge mellem 14 og 25 år i og omkring Gl. Jennumparken; beboere i de berørte opgange.',
  interventions: [
    {
      action: 'Synlig, udvidet patruljering',
      participantId: 13,
      place: 'Gl. Jennumparken og stisystemet',
      staff: 'Lokalpolitiet, 2 patruljer',
      days: 'Fredag og lørdag',
      timeSpan: '18.00–02.00',
      phone: '72 58 14 48',
    },
    {
      action: 'Aktivering af SSP-netværket og fokuseret gadeplansindsats',
      participantId: 12,
      place: 'Klubben og torvet',
      staff: 'Gadeplansmedarbejdere',
      days: 'Alle hverdage',
      timeSpan: '15.00–22.00',
      phone: '51 44 21 90',
    },
    {
      action: 'Øget opsyn og hurtig fjernelse af graffiti',
      participantId: 18,
      place: 'Blok 1–6',
      staff: 'Ejendomsfunktionærer',
      days: 'Hverdage',
      timeSpan: '07.00–15.00',
      phone: '60 12 77 35',
    },
  ],
  communications: [
    {
      audience: 'residents',
      keyMessage: 'Politiet er til stede, og der er ekstra voksne i området i aftentimerne.',
      participantId: 17,
      channel: 'Opslag i opgange og nyhedsbrev',
      when: 'Mandag efter mødet',
    },
    {
      audience: 'media',
      keyMessage: 'Henvis til politiets kommunikationsafdeling.',
      participantId: 21,
      channel: 'Telefon',
      when: 'Ved henvendelse',
    },
    {
      audience: 'internal',
      keyMessage: 'Situationsbillede og aftalte indsatser.',
      participantId: 17,
      channel: 'Mail til beredskabsgruppen',
      when: 'Samme dag',
    },
  ],
  pressSpokespeople: [21, 20],
  confidentialNotes:
    'Politiet oplyser, at de to grupper er kendt fra en verserende sag (retsplejeloven § 115); må ikke videregives uden for beredskabsgruppen.',
  callList: [
    { staff: 'Boligsocial medarbejder Ida', contacts: 'Afdelingsbestyrelsen i Gl. Jennumparken' },
    { staff: 'Gadeplansmedarbejder Ali', contacts: 'Unge tilknyttet klubben og lektiecaféen' },
  ],
};

export const ACTION_PLANS: Row[] = [
  walk(1, RANDERS_SIGNATORIES, [
    { at: '2026-09-19T13:30:00.000Z', by: 'admin', change: shooting },
    {
      at: '2026-09-19T15:00:00.000Z',
      by: 'admin',
      change: { startDate: '2026-09-20', endDate: '2026-10-18', status: 'approved' },
    },
    {
      at: '2026-09-21T09:00:00.000Z',
      by: 'admin',
      change: { approvals: approvalsOf(RANDERS_SIGNATORIES, '2026-09-21T08:30:00.000Z'), status: 'active' },
    },
    {
      at: '2026-10-16T10:00:00.000Z',
      by: 'admin',
      change: {
        endDate: '2026-11-27',
        revisions: [
          {
            date: '2026-10-16',
            previousEndDate: '2026-10-18',
            newEndDate: '2026-11-27',
            reason: 'Fortsat uro mellem grupperne i weekenderne.',
            sspStatus: 'Gadeplansindsatsen har god kontakt til de unge; patruljeringen fortsætter.',
          },
        ],
      },
    },
  ]),
  walk(2, RANDERS_SIGNATORIES, [
    {
      at: '2026-08-25T10:00:00.000Z',
      by: 'admin',
      change: {
        programmeId: 2,
        incidentIds: [37],
        situation: {
          description: 'Øget handel med hash ved p-pladsen i Vangdalen.',
          involvedCount: 5,
          escalationRisk: 'medium',
        },
        purpose: 'At fjerne handlen fra området og give beboerne pladsen tilbage.',
        targetGroups: 'Unge omkring p-pladsen; forældre.',
        interventions: [
          {
            action: 'Synlig patruljering og dialog med unge',
            participantId: 13,
            place: 'P-pladsen ved blok 4',
            days: 'Torsdag–lørdag',
            timeSpan: '19.00–23.00',
          },
          {
            action: 'Forældrekontakt og hjemmebesøg',
            party: 'Børne- og ungecentret',
            place: 'Hjemme hos familierne',
          },
        ],
        communications: [
          {
            audience: 'departmentBoards',
            keyMessage: 'Orientering om indsatsen',
            participantId: 17,
            channel: 'Møde',
            when: 'Næste bestyrelsesmøde',
          },
        ],
        startDate: '2026-08-26',
        endDate: '2026-09-30',
        status: 'approved',
      },
    },
    {
      at: '2026-08-27T09:00:00.000Z',
      by: 'admin',
      change: {
        approvals: approvalsOf(RANDERS_SIGNATORIES.slice(0, 5), '2026-08-26T12:00:00.000Z'),
        activationOverride: 'To underskrivere på ferie; godkendt mundtligt på mødet.',
        status: 'active',
      },
    },
    {
      at: '2026-10-01T09:00:00.000Z',
      by: 'admin',
      change: {
        sspStatus: 'Handlen er flyttet væk fra p-pladsen; ingen nye henvendelser i september.',
        status: 'ended',
      },
    },
    {
      at: '2026-10-08T09:00:00.000Z',
      by: 'admin',
      change: {
        evaluation: {
          worked: 'Ja, handlen ophørte efter tre uger.',
          rightChannels: 'Afdelingsbestyrelsen fik informationen for sent; næste gang sms.',
          changes: 'Inddrag ejendomskontoret fra første møde.',
        },
      },
    },
  ]),
  walk(3, RANDERS_SIGNATORIES, [
    {
      at: '2026-10-14T12:00:00.000Z',
      by: 'editor',
      change: {
        programmeId: 2,
        incidentIds: [39],
        situation: {
          description: 'Omfattende hærværk på cykelskure og opgangsdøre.',
          involvedCount: null,
          escalationRisk: 'medium',
        },
      },
    },
  ]),
  walk(4, VIBORG_SIGNATORIES, [
    {
      at: '2020-07-04T10:00:00.000Z',
      by: 'admin',
      change: {
        programmeId: 1,
        incidentIds: [16],
        situation: {
          description: 'Skud affyret i Houlkærvænget; politiet efterforsker.',
          involvedCount: 4,
          escalationRisk: 'high',
        },
        purpose: 'At skabe tryghed og forebygge gengældelse.',
        targetGroups: 'Unge i Houlkærvænget; beboere.',
        interventions: [{ action: 'Synlig, udvidet patruljering', participantId: 3, place: 'Houlkærvænget' }],
        communications: [
          {
            audience: 'residents',
            keyMessage: 'Politiet er til stede.',
            participantId: 1,
            channel: 'Opslag',
          },
        ],
        startDate: '2020-07-04',
        endDate: '2020-08-01',
        status: 'approved',
      },
    },
    {
      at: '2020-07-05T10:00:00.000Z',
      by: 'admin',
      change: { approvals: approvalsOf(VIBORG_SIGNATORIES, '2020-07-05T09:00:00.000Z'), status: 'active' },
    },
    {
      at: '2020-08-03T10:00:00.000Z',
      by: 'admin',
      change: { sspStatus: 'Roligt i området siden midten af juli.', status: 'ended' },
    },
  ]),
];

const entry = (id: number, fields: Record<string, unknown>, author: string): Row => {
  const parsed = incidentLogEntrySchema.parse(fields);
  return { id, ...parsed, at: parsed.at!, author, version: 1 };
};

export const INCIDENT_LOG: Row[] = [
  entry(
    1,
    {
      incidentId: 38,
      at: '2026-09-19T06:10:00.000Z',
      happened: 'Politiet bekræfter skud mod opgangsdør i blok 3; ingen tilskadekomne.',
      informed: 'Chef for bystrategisk udvikling',
    },
    'admin',
  ),
  entry(
    2,
    {
      incidentId: 38,
      at: '2026-09-19T12:00:00.000Z',
      happened: 'Beredskabsmøde holdt.',
      decided: 'Rødt niveau; handleplan udarbejdes; politiet patruljerer i weekenden.',
      confidentialNotes:
        'Politiet har identificeret en mistænkt; navnet deles ikke uden for beredskabsgruppen.',
      informed: 'Beredskabsgruppen, RandersBolig',
    },
    'admin',
  ),
  entry(
    3,
    {
      incidentId: 38,
      at: '2026-09-20T19:30:00.000Z',
      happened: 'Gruppe på 10–12 unge samlet ved torvet; roligt efter dialog med gadeplansmedarbejdere.',
    },
    'editor',
  ),
  entry(
    4,
    {
      incidentId: 38,
      at: '2026-09-20T19:30:00.000Z',
      happened: 'Rettelse: gruppen var samlet ved klubben, ikke ved torvet.',
      correctsId: 3,
    },
    'editor',
  ),
  entry(
    5,
    {
      incidentId: 37,
      at: '2026-08-25T08:30:00.000Z',
      happened: 'Beredskabsmøde holdt om handel ved p-pladsen.',
      decided: 'Gult niveau; patruljering og forældrekontakt.',
      informed: 'Afdelingsbestyrelsen',
    },
    'admin',
  ),
];
