import { csvExporter } from '../export/csvExporter';

export const indicatorExporter = csvExporter('indicators', [
  { source: 'programmeId', reference: 'programmes' },
  { source: 'code' },
  { source: 'name' },
  { source: 'unit', choices: 'units' },
  { source: 'direction', choices: 'directions' },
  { source: 'baselineYear' },
  { source: 'period', choices: 'periods' },
  { source: 'perArea', type: 'boolean' },
  { source: 'dataSource' },
]);
