import type { RecordPhrases } from '../recordPhrases';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Danish in sentence case: "Opret hændelse", "Hændelsen er gemt". */
const phrases = (one: string, the: string): RecordPhrases => ({
  create: `Opret ${one}`,
  created: `${capital(the)} er oprettet`,
  updated: `${capital(the)} er gemt`,
  deleted: `${capital(the)} er slettet`,
});

export const recordPhrases = {
  incidents: phrases('hændelse', 'hændelsen'),
  actionPlans: phrases('handleplan', 'handleplanen'),
  incidentLogEntries: phrases('logpost', 'logposten'),
  areas: phrases('boligområde', 'boligområdet'),
  participants: phrases('deltager', 'deltageren'),
  notifications: phrases('mail', 'mailen'),
  programmes: phrases('helhedsplan', 'helhedsplanen'),
  activities: phrases('aktivitet', 'aktiviteten'),
  activityLogs: phrases('logbogspost', 'logbogsposten'),
  indicators: phrases('indikator', 'indikatoren'),
  measurements: phrases('måling', 'målingen'),
  users: phrases('bruger', 'brugeren'),
  directoryMappings: phrases('kobling til kataloget', 'koblingen'),
  auditLog: phrases('logpost', 'logposten'),
  yearLocks: phrases('lås', 'låsen'),
  reporters: phrases('indberetter', 'indberetteren'),
  reportingRounds: phrases('indberetningsrunde', 'runden'),
  reportingSubmissions: phrases('indberetning', 'indberetningen'),
};
