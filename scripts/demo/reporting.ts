/**
 * A demo of the reporting rounds for the Viborg programme (issue 29): who reports which KPI,
 * the 2020 round closed — the municipality's safety survey came by the link and was approved,
 * the housing organisations' figures were typed in the grid — and the 2021 round as a draft,
 * ready to open. Contacts are the programme's contact-list participants.
 */
import {
  reporterSchema,
  reportingRoundSchema,
  reportingSubmissionSchema,
} from '../../src/domain/reportingSchemas';

type Row = { id: number } & Record<string, unknown>;
const VIBORG = 1;
/** Viborg's areas as generated: Egeparken 1, Ellekonebakken 2, Houlkærparken 3, Houlkærvænget 4, Rødkærparken 5, Vestervang 6. */
const BOLIGSELSKABET_VIBORG = [1, 2, 3, 5];
const SCT_JOERGEN = [4, 6];

const rows = <T extends object>(items: T[]): Row[] => items.map((item, i) => ({ id: i + 1, ...item }));

export const REPORTERS: Row[] = rows(
  [
    {
      organisation: 'Boligselskabet Viborg',
      contacts: [{ name: 'Poul Erik Toft', email: 'pet@boligselskabetviborg.example.dk', participantId: 7 }],
      assignments: [
        { indicatorId: 1, areaIds: BOLIGSELSKABET_VIBORG },
        { indicatorId: 2, areaIds: BOLIGSELSKABET_VIBORG },
      ],
    },
    {
      organisation: 'Boligselskabet Sct. Jørgen',
      contacts: [{ name: 'Susanne Kirkegaard', email: 'suk@sctjoergen.example.dk', participantId: 9 }],
      assignments: [
        { indicatorId: 1, areaIds: SCT_JOERGEN },
        { indicatorId: 2, areaIds: SCT_JOERGEN },
      ],
    },
    {
      organisation: 'Viborg Kommune',
      contacts: [{ name: 'Jakob Lindhardt', email: 'jali@viborg.example.dk', participantId: 5 }],
      assignments: [
        { indicatorId: 3, areaIds: [] },
        { indicatorId: 4, areaIds: [] },
      ],
    },
    {
      organisation: 'Boligselskabernes Fællessekretariat',
      contacts: [
        {
          name: 'Birgitte Overgaard',
          email: 'birgitte.overgaard@faellessekretariatet-viborg.example.dk',
          participantId: 1,
        },
      ],
      assignments: [{ indicatorId: 5, areaIds: [] }],
    },
  ].map((r) => reporterSchema.parse({ programmeId: VIBORG, ...r })),
);

const SUBMITTED_AT = '2021-02-18T10:12:00.000Z';
const APPROVED_AT = '2021-03-02T13:40:00.000Z';
const APPROVED_BY = 'admin';
const KOMMUNEN = 3;

export const REPORTING_ROUNDS: Row[] = rows([
  {
    ...reportingRoundSchema.parse({
      programmeId: VIBORG,
      year: 2020,
      opensOn: '2021-01-11',
      dueOn: '2021-02-26',
      graceDays: 3,
      name: 'Tal for 2020 til statusmødet',
    }),
    status: 'closed',
    openedAt: '2021-01-11T08:30:00.000Z',
    closedAt: '2021-03-31T14:00:00.000Z',
  },
  {
    ...reportingRoundSchema.parse({
      programmeId: VIBORG,
      year: 2021,
      opensOn: '2022-01-10',
      dueOn: '2022-02-25',
      graceDays: 3,
      name: 'Tal for 2021 til statusmødet',
    }),
    status: 'draft',
    openedAt: null,
    closedAt: null,
  },
]);

/** The safety survey's 2020 figures, as the demo's measurements hold them. */
const SURVEY_2020 = [
  { indicatorId: 3, areaId: null, value: 51, comment: 'Helhedsplanens tryghedsundersøgelse 2020' },
  { indicatorId: 4, areaId: null, value: 31, comment: null },
];

export const REPORTING_SUBMISSIONS: Row[] = [
  {
    id: 1,
    version: 3,
    ...reportingSubmissionSchema.parse({
      programmeId: VIBORG,
      roundId: 1,
      reporterId: KOMMUNEN,
      organisation: 'Viborg Kommune',
      status: 'approved',
      items: SURVEY_2020,
      savedAt: SUBMITTED_AT,
      submittedAt: SUBMITTED_AT,
      returnComment: null,
      approvedBy: APPROVED_BY,
      approvedAt: APPROVED_AT,
    }),
  },
];

/** The measurements, the approved survey figures with where they came from (the rest were typed in). */
export function withProvenance(measurements: Row[]): Row[] {
  return measurements.map((m) =>
    m.year === 2020 && SURVEY_2020.some((s) => s.indicatorId === m.indicatorId && s.areaId === m.areaId)
      ? {
          ...m,
          provenance: {
            reporterId: KOMMUNEN,
            roundId: 1,
            submittedAt: SUBMITTED_AT,
            approvedBy: APPROVED_BY,
            approvedAt: APPROVED_AT,
          },
        }
      : m,
  );
}
