export const retention = {
  beredskab: {
    retention: {
      title: 'Sletning',
      intro:
        'Fortrolige oplysninger slettes, når helhedsplanens opbevaringsregel siger det: på lukkede hændelser og deres logposter og mails (navne, adresser og svarlinks), og på afsluttede handleplaner. Det sker hver nat; her kan det ske nu. Kun antal og datoer vises her, aldrig indhold.',
      dueNow: 'Forfalden nu',
      dueSoon: 'Forfalder inden for 30 dage',
      resource: 'Hvad',
      count: 'Antal',
      item: 'Post',
      programme: 'Helhedsplan',
      dueAt: 'Slettes',
      rules: 'Opbevaringsregler',
      months: '%{smart_count} måned |||| %{smart_count} måneder',
      noRule: 'Ingen regel: bevares',
      nothingDue: 'Intet forfalder inden for 30 dage.',
      eraseNow: 'Slet nu',
      confirmTitle: 'Slet fortrolige oplysninger nu?',
      confirmContent:
        'De fortrolige felter på de forfaldne poster slettes for altid, også i sikkerhedskopierne. Revisionsloggen noterer hvor mange.',
      erased:
        'Slettet: %{incidents} hændelser, %{incidentLogEntries} logposter, %{actionPlans} handleplaner, %{notifications} mails (navne og adresser)',
      resources: {
        incidents: 'Hændelser',
        incidentLogEntries: 'Logposter',
        actionPlans: 'Handleplaner',
        notifications: 'Mails (navne og adresser)',
      },
    },
  },
};
