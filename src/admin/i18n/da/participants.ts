export const participants = {
  resources: {
    participants: {
      name: 'Deltager |||| Deltagere',
      fields: {
        id: 'Id',
        programmeId: 'Helhedsplan',
        name: 'Navn',
        title: 'Stilling',
        organisation: 'Organisation',
        phone: 'Telefon',
        msisdn: 'Nummer til sms',
        phoneWarning: 'Sms',
        email: 'E-mail',
        responseGroups: 'Beredskabsgrupper',
        deputyOfId: 'Suppleant for',
        pressContact: 'Pressekontakt',
        signsPlan: 'Underskriver planen',
        convener: 'Indkalder',
        lastVerifiedAt: 'Sidst bekræftet',
        stale: 'Skal bekræftes',
      },
    },
  },
  beredskab: {
    responseGroups: { 1: 'Gruppe 1 (uden politisag)', 2: 'Gruppe 2 (med politisag)' },
    participants: {
      staleHelp:
        'Kontaktoplysninger, der ikke er bekræftet i 12 måneder, skal tjekkes på det årlige statusmøde.',
      verifiedToday: 'Bekræftet i dag',
      phoneWarning: 'Nummeret kan ikke få SMS: skriv et dansk nummer med 8 cifre, evt. med +45.',
      noSms: 'Ingen SMS',
    },
  },
};
