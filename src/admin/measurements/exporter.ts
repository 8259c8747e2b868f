import { csvExporter } from '../export/csvExporter';

export const measurementExporter = csvExporter('measurements', [
  { source: 'indicatorId', reference: 'indicators' },
  { source: 'areaId', reference: 'areas' },
  { source: 'year' },
  { source: 'value', type: 'number' },
  { source: 'source' },
  { source: 'note' },
]);
