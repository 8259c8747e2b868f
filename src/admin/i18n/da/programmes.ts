export const programmes = {
  resources: {
    programmes: {
      name: 'Helhedsplan |||| Helhedsplaner',
      fields: {
        id: 'Id',
        name: 'Navn',
        municipality: 'Kommune',
        demo: 'Demodata',
        periodStart: 'Periodens start',
        periodEnd: 'Periodens slutning',
        funding: 'Finansiering',
        'funding.lbf': 'Landsbyggefonden (t.kr.)',
        'funding.municipality': 'Kommunen (t.kr.)',
        'funding.local': 'Lokal medfinansiering (t.kr.)',
        projectYearStartMonth: 'Projektåret begynder i',
        retentionMonths: 'Slet fortrolige oplysninger efter (måneder)',
        extraClosedDays: 'Ekstra lukkedage for frister',
        boardEmail: 'Bestyrelsens mail',
        adminEmail: 'Administratorernes mail',
        activationSteps: 'Aktiveringstrin',
        activationStep: 'Trin',
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
      retentionHelp:
        'Fortrolige noter på lukkede hændelser, deres logposter og afsluttede handleplaner slettes så mange måneder efter. Tomt: de bevares.',
      keepForever: 'Bevares',
      areas: 'Boligområder',
      boardEmailHelp: 'Modtager orienteringen, når trinnet „Bestyrelsen orienteret“ er nået.',
      adminEmailHelp: 'Får besked, når fristen for et beredskabsmøde er overskredet.',
      activationStepsHelp: 'Vises som tjekliste på gule og røde hændelser.',
      mail: 'Mail',
      closedDaysHelp:
        'Dage, hvor sekretariatet holder lukket ud over helligdagene; de tælles ikke med i fristen for et gult beredskabsmøde.',
      noClosedDays: 'Ingen ud over helligdagene',
    },
    closedDays: {
      christmasEve: '24. december (juleaftensdag)',
      newYearsEve: '31. december (nytårsaftensdag)',
      constitutionDay: '5. juni (grundlovsdag)',
    },
  },
};
