export const common = {
  beredskab: {
    appName: 'Beredskab',
    appTagline: 'Boligsocialt beredskab og helhedsplanens KPI’er',
    yes: 'Ja',
    no: 'Nej',
    access: {
      noMemberships: 'Du er ikke medlem af nogen helhedsplan endnu. Bed en administrator om adgang.',
    },
    empty: {
      title: 'Ingen %{name} endnu',
      readOnly: 'Der er ikke registreret noget her endnu.',
      next: {
        programmes: 'Opret den første helhedsplan',
        areas: 'Opret det første boligområde',
        participants: 'Opret den første kontakt',
        incidents: 'Registrér den første hændelse',
        actionPlans: 'Opret den første handleplan',
        indicators: 'Opret den første indikator',
        measurements: 'Opret den første måling',
        activities: 'Opret den første aktivitet',
        activityLogs: 'Skriv den første logbogspost',
      },
      noAreas: 'Helhedsplanen har ingen boligområder endnu.',
      noProgrammes: 'Der er ingen helhedsplaner endnu.',
      noAreaChoices: 'Intet boligområde passer. Nye boligområder oprettes under Boligområder.',
      noProgrammeChoices: 'Ingen helhedsplan passer.',
    },
    conflict: {
      title: 'Posten er ændret af en anden',
      intro: 'En anden bruger har gemt posten, mens du redigerede den. Det har vedkommende ændret:',
      yours: 'Din indtastning',
      now: 'Nu',
      none: 'Ingen af de viste felter er ændret.',
      notSaved:
        'Dine ændringer er ikke gemt. „Behold mine ændringer“ beholder det, du har skrevet, og overtager den andens ændringer i felter, du ikke har rørt; gem så igen. „Hent den nye version“ kasserer det, du har skrevet.',
      keepMine: 'Behold mine ændringer',
      loadTheirs: 'Hent den nye version',
    },
  },
};
