import type { incidentLog as da } from '../da/incidentLog';

export const incidentLog: typeof da = {
  resources: {
    incidentLogEntries: {
      name: 'Log entry |||| Incident log',
      fields: {
        id: 'Id',
        incidentId: 'Incident',
        at: 'Time',
        happened: 'What happened',
        decided: 'What was decided',
        informed: 'Who was informed',
        correctsId: 'Corrects log entry',
        isMeeting: 'This was the response meeting',
        confidentialNotes: 'Confidential notes',
        author: 'Written by',
      },
    },
  },
  beredskab: {
    incidentLog: {
      title: 'Incident log',
      help: 'The situation picture as it develops: what happened, what was decided, who was informed. The log cannot be changed; a correction is added as a new entry.',
      add: 'Add log entry',
      added: 'The log entry has been added',
      correct: 'Correct',
      correctTitle: 'Correct log entry #%{id}',
      correctedBy: 'Corrected – see #%{id}',
      corrects: 'Corrects #%{id}',
      empty: 'No log entries yet.',
    },
  },
};
