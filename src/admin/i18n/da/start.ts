/** "Kom i gang": the checklist of a new install and a new programme, the empty pages' next steps, the demo's removal. */
export const start = {
  beredskab: {
    start: {
      title: 'Kom i gang',
      intro:
        'Det skal være på plads, før den første hændelse kan håndteres: helhedsplanen, dens boligområder, kontakter i begge beredskabsgrupper, brugere og indikatorer. Listen følger det, der er oprettet, og forsvinder fra oversigten, når alt er klar.',
      open: 'Se i tjeklisten „Kom i gang“, hvad der mangler',
      done: 'klar',
      todo: 'mangler',
      ready: 'Helhedsplanen er klar til den første hændelse.',
      allReady: 'Alle helhedsplaner er sat op.',
      steps: {
        programme: 'Helhedsplan',
        areas: 'Boligområder',
        contacts: 'Kontakter og beredskabsgrupper',
        users: 'Brugere',
        indicators: 'Indikatorer',
      },
      status: {
        noProgramme: 'Der er ingen helhedsplaner endnu. Begynd med den første.',
        programme: 'Oprettet',
        areas: '%{smart_count} boligområde |||| %{smart_count} boligområder',
        contacts:
          '%{smart_count} kontakt: %{one} i gruppe 1, %{two} i gruppe 2 |||| %{smart_count} kontakter: %{one} i gruppe 1, %{two} i gruppe 2',
        users: '%{smart_count} bruger med adgang |||| %{smart_count} brugere med adgang',
        indicators: '%{smart_count} indikator |||| %{smart_count} indikatorer',
      },
      none: {
        areas: 'Ingen boligområder endnu.',
        contacts:
          'Ingen kontakter endnu. Begge beredskabsgrupper skal have mindst én: gruppe 1 kaldes ind uden politisag, gruppe 2 med.',
        users: 'Ingen brugere med adgang endnu.',
        indicators: 'Ingen indikatorer endnu.',
      },
      actions: {
        programme: 'Opret den første helhedsplan',
        areas: 'Opret det første boligområde',
        contacts: 'Opret en kontakt',
        users: 'Giv en bruger adgang',
        indicators: 'Opret den første indikator',
        incident: 'Registrér den første hændelse',
      },
      demo: {
        title: 'Demodata',
        text: 'Installationen har demodata: %{names}. Fjern dem, før I går i drift. Helhedsplaner, I selv har oprettet, bliver stående.',
        remove: 'Fjern demodata',
        confirmTitle: 'Fjern demodata?',
        confirmContent:
          'Helhedsplanerne %{names} slettes med alt, hvad der hører til dem: boligområder, kontakter, hændelser, handleplaner, indikatorer og tal, aktiviteter og mails. Brugerne mister adgangen til dem. Det kan ikke fortrydes. Helhedsplaner, I selv har oprettet, røres ikke.',
        removed: 'Demodata er fjernet: %{names}',
      },
    },
  },
};
