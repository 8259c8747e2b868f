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
        escalation: 'Eskalering',
        'escalation.yellow': 'Også gule hændelser',
        'escalation.deputiesAfterMinutes': 'Minutter til stedfortræderne',
        'escalation.adminsAfterMinutes': 'Minutter derefter til administratorerne',
        'escalation.quietHoursOn': 'Stille timer for gule hændelser',
        'escalation.quietHours.from': 'Stille fra',
        'escalation.quietHours.to': 'Stille til',
        teamsWebhookUrl: 'Teams-kanalens webhookadresse',
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
      escalation: 'SMS og eskalering',
      escalationHelp:
        'Ved røde hændelser får beredskabsgruppen SMS og mail med det samme. Svarer ingen „kommer“, får stedfortræderne for dem, der ikke har svaret, en SMS, og derefter helhedsplanens administratorer.',
      escalationYellowHelp:
        'Røde hændelser sendes altid som SMS og eskaleres; slå til for også at gøre det ved gule.',
      deputiesAfterHelp:
        'Så mange minutter efter indkaldelsen får stedfortræderne en SMS, hvis ingen har svaret „kommer“. Normalt 30.',
      adminsAfterHelp:
        'Så mange minutter efter stedfortræderne får administratorerne SMS og mail, hvis stadig ingen kommer.',
      quietHoursHelp:
        'Gælder kun gule hændelser: i de stille timer venter trinnene til de slutter (dansk tid). Røde hændelser venter aldrig.',
      teamsWebhookHelp:
        'En „Workflows“-webhook fra Teams (Power Automate). Indkaldelser, eskaleringstrin og mødeplaner sendes dertil uden fortrolige oplysninger. Tom: ingen Teams-besked.',
      escalationSummary:
        'Røde%{yellow}: stedfortrædere efter %{deputies} min., administratorer %{admins} min. senere',
      escalationYellow: ' og gule',
      quietHoursSummary: 'Stille timer for gule: %{from}–%{to}',
      noQuietHours: 'Ingen stille timer',
    },
    closedDays: {
      christmasEve: '24. december (juleaftensdag)',
      newYearsEve: '31. december (nytårsaftensdag)',
      constitutionDay: '5. juni (grundlovsdag)',
    },
  },
};
