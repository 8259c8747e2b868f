export const users = {
  resources: {
    users: {
      name: 'Bruger |||| Brugere',
      fields: {
        id: 'Id',
        q: 'Søg',
        username: 'Brugernavn',
        fullName: 'Fulde navn',
        role: 'Rolle',
        active: 'Aktiv',
        password: 'Adgangskode',
        email: 'E-mail',
        phone: 'Mobilnummer',
        msisdn: 'Nummer til sms',
        phoneWarning: 'Sms',
        memberships: 'Medlemskaber',
        source: 'Log-in',
        secondFactor: 'Totrinsbekræftelse',
        sessions: 'Sessioner',
      },
    },
  },
  beredskab: {
    roles: {
      admin: 'Systemadministrator',
      programmeAdmin: 'Programadministrator',
      editor: 'Redaktør',
      board: 'Bestyrelsesmedlem',
    },
    users: {
      newPassword: 'Ny adgangskode',
      invitationHelp:
        'Lad feltet stå tomt for at sende en invitation til e-mailen, så brugeren selv vælger sin adgangskode.',
      created: 'Brugeren er oprettet',
      invited: 'Brugeren er oprettet, og der er sendt en invitation til %{email}',
      notInvited:
        'Brugeren er oprettet, men invitationen kunne ikke sendes: %{reason}. Send den igen fra brugeren.',
      sendLink: 'Send link til ny adgangskode',
      sendLinkHelp: 'Brugeren får en mail med et link til at vælge adgangskode (gælder i 72 timer, én gang).',
      linkSent: 'Linket er sendt',
      newPasswordHelp: 'Lad feltet stå tomt for at beholde den nuværende adgangskode.',
      passwordHelp: 'Mindst %{min} tegn og ikke det samme som brugernavnet.',
      phoneHelp:
        'Til sms, når en rød hændelse eskalerer til helhedsplanens administratorer (fx 12 34 56 78).',
      activeHelp: 'En deaktiveret bruger kan ikke logge ind. Brugere slettes aldrig.',
      roleHelp:
        'Systemadministratoren har adgang til alle helhedsplaner og brugere. Andre får adgang til de helhedsplaner, der står nedenfor, med rollen angivet for hver.',
      membershipsHelp: 'Én række pr. helhedsplan med brugerens rolle i den. Mindst én.',
      membershipProgramme: 'Helhedsplan',
      membershipRole: 'Rolle i helhedsplanen',
      noMemberships: 'Ingen helhedsplaner',
      addMembership: 'Tilføj helhedsplan',
      allProgrammes: 'Alle helhedsplaner',
    },
    password: {
      chooseTitle: 'Vælg adgangskode',
      chooseFor: 'Vælg adgangskoden til %{name} (brugernavn %{username}).',
      chosen: 'Din adgangskode er valgt. Log ind med den nu.',
      title: 'Skift adgangskode',
      currentPassword: 'Nuværende adgangskode',
      newPassword: 'Ny adgangskode',
      repeatPassword: 'Gentag ny adgangskode',
      mismatch: 'Adgangskoderne er ikke ens',
      changed: 'Adgangskoden er skiftet',
    },
  },
};
