import { csvExporter } from '../export/csvExporter';

export const auditLogExporter = csvExporter('auditLog', [
  { source: 'at', type: 'instant' },
  { source: 'username' },
  { source: 'action', choices: 'auditActions' },
  { source: 'resource' },
  { source: 'recordId' },
]);
