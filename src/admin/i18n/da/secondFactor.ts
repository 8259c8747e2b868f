/** The second factor, the user's own sessions and the system administrator's settings. */
export const secondFactor = {
  resources: {
    settings: { name: 'Indstilling |||| Indstillinger', fields: { secondFactor: 'Totrinsbekræftelse' } },
  },
  beredskab: {
    secondFactor: {
      title: 'Totrinsbekræftelse',
      codeIntro:
        'Din konto er beskyttet med totrinsbekræftelse. Skriv den kode, din godkendelsesapp viser nu.',
      recoveryIntro: 'Skriv en af de gendannelseskoder, du gemte, da du slog totrinsbekræftelse til.',
      code: 'Kode fra appen',
      codeHelp: 'Seks cifre',
      recoveryCode: 'Gendannelseskode',
      recoveryCodeHelp: 'Hver kode virker én gang',
      useRecoveryCode: 'Brug en gendannelseskode i stedet',
      useCode: 'Brug koden fra appen i stedet',
      verify: 'Bekræft',
      back: 'Tilbage',
      expired: 'Der gik for lang tid. Log ind igen.',
      required: 'Din organisation kræver totrinsbekræftelse. Slå den til, før du fortsætter.',
      enrolIntro:
        'Med totrinsbekræftelse skal du ud over adgangskoden skrive en kode fra en app på din telefon, fx Microsoft Authenticator eller Google Authenticator.',
      scan: '1. Skan QR-koden med godkendelsesappen.',
      manual: 'Kan du ikke skanne? Skriv denne nøgle i appen:',
      qrCode: 'QR-kode til godkendelsesappen',
      confirmIntro: '2. Skriv den kode, appen viser, for at bekræfte.',
      confirm: 'Slå totrinsbekræftelse til',
      start: 'Slå totrinsbekræftelse til',
      codesTitle: 'Dine gendannelseskoder',
      codesIntro:
        'Gem koderne et sikkert sted, fx udskrevet eller i en adgangskodemanager. Mister du telefonen, kan du logge ind med en af dem. Hver kode virker én gang, og de vises kun denne ene gang.',
      codesList: 'Gendannelseskoder',
      download: 'Hent som tekstfil',
      codesSaved: 'Jeg har gemt koderne',
      isOn: 'Totrinsbekræftelse er slået til.',
      isOff: 'Totrinsbekræftelse er ikke slået til.',
      isRequired:
        'Din organisation kræver totrinsbekræftelse for dig. Mister du telefonen, kan en administrator nulstille den.',
      codesLeft:
        'Du har %{smart_count} gendannelseskode tilbage. |||| Du har %{smart_count} gendannelseskoder tilbage.',
      turnOff: 'Slå totrinsbekræftelse fra',
      turnOffHelp: 'Skriv en kode fra appen for at slå totrinsbekræftelse fra.',
      turnedOn: 'Totrinsbekræftelse er slået til',
      turnedOff: 'Totrinsbekræftelse er slået fra',
      enrolFirst: 'Slå totrinsbekræftelse til for at fortsætte. Log ind igen.',
    },
    sessions: {
      title: 'Mine sessioner',
      intro: 'Her er de browsere og enheder, du er logget ind fra. Log ud af dem, du ikke kender igen.',
      current: 'Denne browser',
      pending: 'Venter på kode',
      createdAt: 'Logget ind',
      lastSeenAt: 'Senest brugt',
      unknownBrowser: 'Ukendt browser',
      methods: { password: 'Adgangskode', oidc: 'Organisationens log-in' },
      logout: 'Log ud',
      logoutOf: 'Log ud af %{browser}',
      ended: 'Sessionen er afsluttet',
    },
    settings: {
      title: 'Indstillinger',
      secondFactor: 'Totrinsbekræftelse',
      secondFactorHelp:
        'Hvem skal bekræfte deres log-in med en kode fra en app? Brugere, der logger ind via organisationens log-in, spørges af den.',
      policies: {
        none: 'Ingen krav: brugerne vælger selv',
        admins: 'Administratorer (system- og programadministratorer)',
        everyone: 'Alle brugere, der logger ind med adgangskode',
      },
      selfWarning:
        'Du har ikke selv slået totrinsbekræftelse til. Når du gemmer, skal du slå den til, før du kan fortsætte.',
      saved: 'Indstillingerne er gemt',
    },
  },
};
