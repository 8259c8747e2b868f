import { csvExporter } from '../export/csvExporter';

export const programmeExporter = csvExporter('programmes', [
  { source: 'name' },
  { source: 'municipality' },
  { source: 'periodStart', type: 'day' },
  { source: 'periodEnd', type: 'day' },
  { source: 'funding.lbf', type: 'number' },
  { source: 'funding.municipality', type: 'number' },
  { source: 'funding.local', type: 'number' },
  { source: 'projectYearStartMonth', type: 'number' },
  { source: 'retentionMonths', type: 'number' },
  { source: 'extraClosedDays', choices: 'closedDays' },
  { source: 'boardEmail' },
  { source: 'adminEmail' },
]);
