import { csvExporter } from '../export/csvExporter';

export const activityLogExporter = csvExporter('activityLogs', [
  { source: 'date', type: 'day' },
  { source: 'activityId', reference: 'activities' },
  { source: 'areaId', reference: 'areas' },
  { source: 'participants', type: 'number' },
  { source: 'volunteers', type: 'number' },
  { source: 'note' },
]);
