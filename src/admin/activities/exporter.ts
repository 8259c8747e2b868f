import { csvExporter } from '../export/csvExporter';

export const activityExporter = csvExporter('activities', [
  { source: 'name' },
  { source: 'programmeId', reference: 'programmes' },
  { source: 'focusArea' },
  { source: 'description' },
]);
