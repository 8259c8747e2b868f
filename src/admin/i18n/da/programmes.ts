export const programmes = {
  resources: {
    programmes: {
      name: 'Helhedsplan |||| Helhedsplaner',
      fields: {
        id: 'Id',
        name: 'Navn',
        municipality: 'Kommune',
        periodStart: 'Periodens start',
        periodEnd: 'Periodens slutning',
        funding: 'Finansiering',
        'funding.lbf': 'Landsbyggefonden (t.kr.)',
        'funding.municipality': 'Kommunen (t.kr.)',
        'funding.local': 'Lokal medfinansiering (t.kr.)',
        projectYearStartMonth: 'Projektåret begynder i',
      },
    },
    areas: {
      name: 'Boligområde |||| Boligområder',
      fields: {
        id: 'Id',
        name: 'Navn',
        programmeId: 'Helhedsplan',
        housingOrganisation: 'Boligorganisation',
        departmentNumber: 'Afdelingsnummer',
        households: 'Husstande',
        residents: 'Beboere',
      },
    },
  },
  beredskab: {
    programmes: {
      fundingHelp: 'Beløb i tusind kroner.',
      areas: 'Boligområder',
    },
  },
};
