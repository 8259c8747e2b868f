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
      newPasswordHelp: 'Lad feltet stå tomt for at beholde den nuværende adgangskode.',
      passwordHelp: 'Mindst %{min} tegn og ikke det samme som brugernavnet.',
      activeHelp: 'En deaktiveret bruger kan ikke logge ind. Brugere slettes aldrig.',
      roleHelp:
        'Systemadministrator har adgang til alle helhedsplaner; andre brugere kun til de helhedsplaner, de er medlem af, med rollen angivet for hver.',
      membershipsHelp:
        'Står listen tom, får brugeren rollen ovenfor i alle de helhedsplaner, du administrerer.',
      membershipProgramme: 'Helhedsplan',
      membershipRole: 'Rolle i helhedsplanen',
      noMemberships: 'Ingen helhedsplaner',
      addMembership: 'Tilføj helhedsplan',
      allProgrammes: 'Alle helhedsplaner',
    },
    password: {
      title: 'Skift adgangskode',
      currentPassword: 'Nuværende adgangskode',
      newPassword: 'Ny adgangskode',
      repeatPassword: 'Gentag ny adgangskode',
      mismatch: 'Adgangskoderne er ikke ens',
      changed: 'Adgangskoden er skiftet',
    },
  },
};
