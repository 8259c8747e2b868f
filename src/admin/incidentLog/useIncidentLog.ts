import { useGetList } from 'react-admin';
import type { IncidentLogEntry } from '../../domain/incidentLogSchema';

/** Every log entry of the given incidents (the log is short: a few dozen entries per activation). */
export function useIncidentLog(incidentIds: readonly number[]) {
  return useGetList<IncidentLogEntry>(
    'incidentLogEntries',
    {
      filter: { incidentId: incidentIds },
      sort: { field: 'at', order: 'DESC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: incidentIds.length > 0 },
  );
}
