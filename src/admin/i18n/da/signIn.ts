export const signIn = {
  resources: {
    directoryMappings: {
      name: 'Kobling til kataloget |||| Koblinger til kataloget',
      fields: {
        id: 'Id',
        q: 'Søg',
        claimValue: 'Gruppe eller app-rolle',
        programmeId: 'Helhedsplan',
        role: 'Rolle',
      },
    },
  },
  beredskab: {
    signIn: {
      loadFailed: 'Panelet kunne ikke hentes. Tjek forbindelsen, og prøv igen.',
      withOrganisation: 'Log ind med %{name}',
      or: 'eller med brugernavn og adgangskode',
      localForAdmins: 'Systemadministrator? Log ind med adgangskode',
      mappingsIntro:
        'Brugere, der logger ind via organisationens login, får rollerne fra de grupper eller app-roller, de har i kataloget. Koblingerne gælder fra brugerens næste log ind; roller givet med hånd her i panelet bevares.',
      claimValueHelp:
        'Gruppens objekt-id eller app-rollens værdi, præcis som kataloget sender den (fx beredskab-randers-redaktoer).',
      sources: { local: 'Adgangskode i panelet', oidc: 'Organisationens login' },
      allowLink: 'Tillad log ind med %{name}',
      allowLinkHelp:
        'Næste gang brugeren logger ind med %{name} med samme brugernavn, forbindes kontoen til kataloget, og adgangskoden i panelet ophører.',
      linkAllowed: 'Brugeren kan nu logge ind med %{name}',
      resetSecondFactor: 'Nulstil totrinsbekræftelse',
      resetTitle: 'Nulstil totrinsbekræftelse for %{name}?',
      resetContent:
        'Brugeren logges ud alle steder og skal slå totrinsbekræftelse til igen, hvis det kræves. Brug det, når en telefon er mistet.',
      resetDone: 'Totrinsbekræftelsen er nulstillet',
      endSessions: 'Log ud overalt',
      endSessionsTitle: 'Log %{name} ud overalt?',
      endSessionsContent: 'Alle brugerens sessioner afsluttes, og brugeren skal logge ind igen.',
      sessionsEnded: '%{smart_count} session afsluttet |||| %{smart_count} sessioner afsluttet',
      forgot: 'Glemt adgangskode?',
      forgotTitle: 'Glemt adgangskode',
      forgotIntro:
        'Skriv dit brugernavn. Har du en e-mail i panelet, får du et link til at vælge en ny adgangskode.',
      forgotSend: 'Send link',
      errors: {
        unmapped:
          'Din konto har ikke adgang til nogen helhedsplan. Bed din administrator om at give dig en gruppe eller app-rolle, der er koblet til en helhedsplan.',
        overage:
          'Din konto er medlem af for mange grupper til, at %{name} kan sende dem. Bed IT om at tildele adgang med app-roller i stedet for grupper.',
        localUser:
          'Der findes allerede en bruger i panelet med dit brugernavn. En administrator skal tillade, at den forbindes til %{name}, før du kan logge ind her.',
        inactive: 'Din bruger er deaktiveret. Kontakt din administrator.',
        noUsername:
          '%{name} sendte hverken brugernavn eller e-mail. Bed IT om at sende preferred_username eller email.',
        expired: 'Log ind tog for lang tid eller blev startet i en anden fane. Prøv igen.',
        failed: 'Log ind hos %{name} lykkedes ikke. Prøv igen.',
        cancelled: 'Log ind blev afbrudt hos %{name}.',
        busy: 'For mange log ind er i gang lige nu. Prøv igen om lidt.',
        unreachable:
          'Log ind hos %{name} kan ikke nås lige nu. Prøv igen senere. Er du systemadministrator, kan du logge ind med brugernavn og adgangskode.',
      },
    },
  },
};
