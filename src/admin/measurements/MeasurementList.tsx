import { DataTable, List, ReferenceField, TextField } from 'react-admin';
import { LocalNumberField } from '../formatting/LocalNumberField';
import { ResourceEmpty } from '../lists/ResourceEmpty';
import { ResponsiveList } from '../lists/ResponsiveList';
import { MeasurementAreaField } from './MeasurementAreaField';
import { measurementFilters } from './MeasurementFilters';
import { measurementExporter } from './exporter';

/** Every figure one by one; the year's figures are entered in the grid ("Årets tal"). */
export const MeasurementList = () => (
  <List
    exporter={measurementExporter}
    filters={measurementFilters}
    sort={{ field: 'year', order: 'DESC' }}
    empty={<ResourceEmpty />}
  >
    <ResponsiveList
      primaryText={<ReferenceField source="indicatorId" reference="indicators" link={false} />}
      secondaryText={
        <>
          <TextField source="year" /> · <MeasurementAreaField />
        </>
      }
      chip={<LocalNumberField source="value" />}
    >
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
    </ResponsiveList>
  </List>
);
