import type { kpis as da } from '../da/kpis';

export const kpis: typeof da = {
  resources: {
    indicators: {
      name: 'Indicator |||| Indicators',
      fields: {
        id: 'Id',
        programmeId: 'Programme',
        code: 'Code',
        name: 'Name',
        unit: 'Unit',
        direction: 'Direction',
        baselineYear: 'Baseline year',
        target: 'Target',
        period: 'Measured per',
        perArea: 'Per housing area',
        dataSource: 'Data source',
      },
    },
    measurements: {
      name: 'Measurement |||| Measurements',
      fields: {
        id: 'Id',
        indicatorId: 'Indicator',
        areaId: 'Housing area',
        year: 'Year',
        value: 'Value',
        source: 'Source',
        note: 'Note',
      },
    },
    yearLocks: {
      name: 'Locked year |||| Locked years',
      fields: {
        id: 'Id',
        programmeId: 'Programme',
        year: 'Year',
        reason: 'Reason',
        active: 'Locked',
        unlockReason: 'Reason for unlocking',
      },
    },
    activities: {
      name: 'Activity |||| Activities',
      fields: {
        id: 'Id',
        programmeId: 'Programme',
        name: 'Name',
        focusArea: 'Focus area',
        description: 'Description',
        successCriteria: 'Success criteria',
      },
    },
    activityLogs: {
      name: 'Log book entry |||| Log book',
      fields: {
        id: 'Id',
        activityId: 'Activity',
        areaId: 'Housing area',
        date: 'Date',
        participants: 'Participants',
        volunteers: 'Volunteers',
        note: 'Note',
      },
    },
  },
  beredskab: {},
};
