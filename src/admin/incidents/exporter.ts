import { csvExporter } from '../export/csvExporter';

export const incidentExporter = csvExporter('incidents', [
  { source: 'id' },
  { source: 'occurredAt', type: 'instant' },
  { source: 'programmeId', reference: 'programmes' },
  { source: 'areaId', reference: 'areas' },
  { source: 'level', choices: 'levels' },
  { source: 'levelSetAt', type: 'instant' },
  { source: 'category', choices: 'categories' },
  { source: 'activatedBy', choices: 'activators' },
  { source: 'responseGroup', choices: 'responseGroups' },
  { source: 'policeCase', type: 'boolean' },
  { source: 'exercise', type: 'boolean' },
  { source: 'involvedCount', type: 'number' },
  { source: 'escalationRisk', choices: 'risks' },
  { source: 'description' },
  { source: 'responseDeadline', type: 'instant' },
  { source: 'meetingPlannedAt', type: 'instant' },
  { source: 'meetingHeldAt', type: 'instant' },
  { source: 'meetingStatus', choices: 'meetingStatuses' },
  { source: 'status', choices: 'incidentStatuses' },
  { source: 'confidentialNotes', confidential: true },
]);
