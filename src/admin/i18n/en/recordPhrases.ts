import type { recordPhrases as danish } from '../da/recordPhrases';
import type { RecordPhrases } from '../recordPhrases';

/** English, sentence case as well: "Create incident", "Incident saved". */
const phrases = (one: string): RecordPhrases => {
  const capital = one.charAt(0).toUpperCase() + one.slice(1);
  return {
    create: `Create ${one}`,
    created: `${capital} created`,
    updated: `${capital} saved`,
    deleted: `${capital} deleted`,
  };
};

export const recordPhrases: Record<keyof typeof danish, RecordPhrases> = {
  incidents: phrases('incident'),
  actionPlans: phrases('action plan'),
  incidentLogEntries: phrases('log entry'),
  areas: phrases('housing area'),
  participants: phrases('participant'),
  notifications: phrases('mail'),
  programmes: phrases('programme'),
  activities: phrases('activity'),
  activityLogs: phrases('log book entry'),
  indicators: phrases('indicator'),
  measurements: phrases('measurement'),
  users: phrases('user'),
  directoryMappings: phrases('directory mapping'),
  auditLog: phrases('audit entry'),
  yearLocks: phrases('lock'),
  reporters: phrases('reporter'),
  reportingRounds: phrases('reporting round'),
  reportingSubmissions: phrases('report'),
};
