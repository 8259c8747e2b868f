import { csvExporter } from '../export/csvExporter';

export const actionPlanExporter = csvExporter('actionPlans', [
  { source: 'id' },
  { source: 'programmeId', reference: 'programmes' },
  { source: 'incidentIds' },
  { source: 'status', choices: 'planStatuses' },
  { source: 'startDate', type: 'day' },
  { source: 'endDate', type: 'day' },
  { source: 'situation.description' },
  { source: 'situation.involvedCount', type: 'number' },
  { source: 'situation.escalationRisk', choices: 'risks' },
  { source: 'purpose' },
  { source: 'targetGroups' },
  { source: 'sspStatus' },
  { source: 'confidentialNotes', confidential: true },
]);
