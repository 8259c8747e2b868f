export const incidentLog = {
  resources: {
    incidentLogEntries: {
      name: 'Logpost |||| Hændelseslog',
      fields: {
        id: 'Id',
        incidentId: 'Hændelse',
        at: 'Tidspunkt',
        happened: 'Hvad skete der',
        decided: 'Hvad blev besluttet',
        informed: 'Hvem blev informeret',
        correctsId: 'Retter logpost',
        isMeeting: 'Dette var beredskabsmødet',
        confidentialNotes: 'Fortrolige noter',
        author: 'Skrevet af',
      },
    },
  },
  beredskab: {
    incidentLog: {
      title: 'Hændelseslog',
      help: 'Situationsbilledet undervejs: hvad skete der, hvad blev besluttet, og hvem blev informeret. Loggen kan ikke ændres; en rettelse tilføjes som en ny logpost.',
      add: 'Tilføj logpost',
      added: 'Logposten er tilføjet',
      correct: 'Ret',
      correctTitle: 'Ret logpost #%{id}',
      correctedBy: 'Rettet – se #%{id}',
      corrects: 'Retter #%{id}',
      empty: 'Ingen logposter endnu.',
    },
  },
};
