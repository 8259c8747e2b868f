/** The REST resources, on their own so the panel can name them without loading their rules. */
export const RESOURCE_NAMES = [
  'programmes',
  'areas',
  'participants',
  'incidents',
  'incidentLogEntries',
  'actionPlans',
  'indicators',
  'measurements',
  'yearLocks',
  'activities',
  'activityLogs',
  'notifications',
  'reporters',
  'reportingRounds',
  'reportingSubmissions',
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

/** Every record's write counter: an update naming an older version is refused (409). */
export const VERSION = 'version';
