import { DataTable, List, ReferenceField, TextField } from 'react-admin';
import { LocalNumberField } from '../misc/LocalNumberField';
import { ResourceEmpty } from '../misc/ResourceEmpty';
import { MeasurementAreaField } from './MeasurementAreaField';
import { measurementFilters } from './MeasurementFilters';

/** Every figure one by one; the year's figures are entered in the grid ("Årets tal"). */
export const MeasurementList = () => (
  <List filters={measurementFilters} sort={{ field: 'year', order: 'DESC' }} empty={<ResourceEmpty />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="indicatorId">
        <ReferenceField source="indicatorId" reference="indicators" link={false} />
      </DataTable.Col>
      <DataTable.Col source="areaId">
        <MeasurementAreaField />
      </DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.NumberCol source="value" field={LocalNumberField} />
      <DataTable.Col source="source">
        <TextField source="source" emptyText="–" />
      </DataTable.Col>
    </DataTable>
  </List>
);
