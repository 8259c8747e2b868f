/** The programme's KPIs, the year locks and the activity log books. */
export const kpis = {
  resources: {
    indicators: {
      name: 'Indikator |||| Indikatorer',
      fields: {
        id: 'Id',
        programmeId: 'Helhedsplan',
        code: 'Kode',
        name: 'Navn',
        unit: 'Enhed',
        direction: 'Retning',
        baselineYear: 'Basisår',
        target: 'Mål',
        period: 'Opgøres pr.',
        perArea: 'Pr. boligområde',
        dataSource: 'Datakilde',
      },
    },
    measurements: {
      name: 'Måling |||| Målinger',
      fields: {
        id: 'Id',
        indicatorId: 'Indikator',
        areaId: 'Boligområde',
        year: 'År',
        value: 'Værdi',
        source: 'Kilde',
        note: 'Note',
      },
    },
    yearLocks: {
      name: 'Låst år |||| Låste år',
      fields: {
        id: 'Id',
        programmeId: 'Helhedsplan',
        year: 'År',
        reason: 'Begrundelse',
        active: 'Låst',
        unlockReason: 'Begrundelse for at låse op',
      },
    },
    activities: {
      name: 'Aktivitet |||| Aktiviteter',
      fields: {
        id: 'Id',
        programmeId: 'Helhedsplan',
        name: 'Navn',
        focusArea: 'Indsatsområde',
        description: 'Beskrivelse',
        successCriteria: 'Succeskriterier',
      },
    },
    activityLogs: {
      name: 'Logbogspost |||| Logbog',
      fields: {
        id: 'Id',
        activityId: 'Aktivitet',
        areaId: 'Boligområde',
        date: 'Dato',
        participants: 'Deltagere',
        volunteers: 'Frivillige',
        note: 'Note',
      },
    },
  },
  beredskab: {},
};
