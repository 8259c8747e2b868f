import { fixture } from './fixture';

/**
 * The HTTP fixture plus KPIs for programme 1: complaints (count, −5 % a year, project
 * year) and turnover (percent, −2 points by 2020) for areas 1 and 2, and the
 * programme-wide safety survey.
 */
export const kpiFixture = {
  ...fixture,
  indicators: [
    {
      id: 1,
      programmeId: 1,
      code: 'klager',
      name: 'Beboerklagesager',
      unit: 'count',
      direction: 'lower',
      baselineYear: 2015,
      target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
      period: 'projectYear',
      perArea: true,
      dataSource: null,
    },
    {
      id: 2,
      programmeId: 1,
      code: 'fraflytning',
      name: 'Fraflytningsprocent',
      unit: 'percent',
      direction: 'lower',
      baselineYear: 2015,
      target: { rule: 'absoluteChange', change: -2, byYear: 2020 },
      period: 'calendarYear',
      perArea: true,
      dataSource: null,
    },
    {
      id: 3,
      programmeId: 1,
      code: 'tryg',
      name: 'Voksne der føler sig trygge',
      unit: 'percent',
      direction: 'higher',
      baselineYear: 2016,
      target: { rule: 'higherThanBaseline' },
      period: 'calendarYear',
      perArea: false,
      dataSource: null,
    },
  ],
  measurements: [
    { id: 1, indicatorId: 1, areaId: 1, year: 2015, value: 32, source: null, note: null },
    { id: 2, indicatorId: 1, areaId: 2, year: 2015, value: 0, source: null, note: null },
    { id: 3, indicatorId: 1, areaId: 1, year: 2018, value: 27, source: null, note: null },
    { id: 4, indicatorId: 1, areaId: 2, year: 2018, value: 1, source: null, note: null },
    { id: 5, indicatorId: 2, areaId: 1, year: 2015, value: 21.8, source: null, note: null },
    { id: 6, indicatorId: 3, areaId: null, year: 2016, value: 46, source: null, note: null },
  ],
  yearLocks: [],
  activities: [
    {
      id: 1,
      programmeId: 1,
      name: 'Vejviseren',
      focusArea: 'Tryghed og trivsel',
      description: null,
      successCriteria: [
        {
          description: '200 deltagere',
          metric: 'participants',
          target: 200,
          scope: 'projectYear',
          perArea: false,
        },
      ],
    },
  ],
  activityLogs: [
    { id: 1, activityId: 1, areaId: 1, date: '2018-05-01', participants: 120, volunteers: null, note: null },
    { id: 2, activityId: 1, areaId: 2, date: '2019-03-31', participants: 90, volunteers: null, note: null },
    { id: 3, activityId: 1, areaId: 2, date: '2019-04-01', participants: 500, volunteers: null, note: null },
  ],
};
