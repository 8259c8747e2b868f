import { csvExporter } from '../export/csvExporter';

export const notificationExporter = csvExporter('notifications', [
  { source: 'createdAt', type: 'instant' },
  { source: 'channel', choices: 'notificationChannels' },
  { source: 'kind', choices: 'notificationKinds' },
  { source: 'name' },
  { source: 'to' },
  { source: 'incidentId' },
  { source: 'status', choices: 'notificationStatuses' },
  { source: 'attempts', type: 'number' },
  { source: 'sentAt', type: 'instant' },
  { source: 'lastError' },
  { source: 'reply', choices: 'replies' },
  { source: 'repliedAt', type: 'instant' },
]);
