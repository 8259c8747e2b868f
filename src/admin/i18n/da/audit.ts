export const audit = {
  resources: {
    auditLog: {
      name: 'Logpost |||| Revisionslog',
      fields: {
        id: 'Id',
        q: 'Søg',
        at: 'Tidspunkt',
        at_gte: 'Fra dato',
        at_lte: 'Til dato',
        userId: 'Bruger-id',
        username: 'Bruger',
        action: 'Handling',
        resource: 'Posttype',
        recordId: 'Post-id',
        changes: 'Ændringer',
      },
    },
  },
  beredskab: {
    auditActions: {
      create: 'Oprettet',
      update: 'Ændret',
      delete: 'Slettet',
      statusChange: 'Status ændret',
      login: 'Logget ind',
      loginFailed: 'Mislykket login',
      logout: 'Logget ud',
      export: 'Eksport',
      passwordChange: 'Adgangskode skiftet',
      userCreate: 'Bruger oprettet',
      userUpdate: 'Bruger ændret',
    },
    audit: {
      history: 'Historik',
      field: 'Felt',
      before: 'Før',
      after: 'Efter',
      noChanges: 'Ingen feltændringer',
      more: '+%{smart_count} til',
    },
  },
};
