import { csvExporter } from '../export/csvExporter';

export const areaExporter = csvExporter('areas', [
  { source: 'name' },
  { source: 'programmeId', reference: 'programmes' },
  { source: 'housingOrganisation' },
  { source: 'departmentNumber' },
  { source: 'households', type: 'number' },
  { source: 'residents', type: 'number' },
]);
