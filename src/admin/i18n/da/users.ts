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
      },
    },
  },
  beredskab: {
    roles: { admin: 'Administrator', editor: 'Redaktør', board: 'Bestyrelsesmedlem' },
    users: {
      newPassword: 'Ny adgangskode',
      newPasswordHelp: 'Lad feltet stå tomt for at beholde den nuværende adgangskode.',
      passwordHelp: 'Mindst %{min} tegn og ikke det samme som brugernavnet.',
      activeHelp: 'En deaktiveret bruger kan ikke logge ind. Brugere slettes aldrig.',
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
