import { DataTable, ReferenceField, TextField } from 'react-admin';
import { LocalNumberField } from '../formatting/LocalNumberField';
import { ResourceList } from '../lists/ResourceList';
import { ProvenanceField } from '../provenance/ProvenanceField';
import { measurementExporter } from './exporter';
import { MeasurementAreaField } from './MeasurementAreaField';
import { measurementFilters } from './MeasurementFilters';

/** Every figure one by one; the year's figures are entered in the grid ("Årets tal"). */
export const MeasurementList = () => (
  <ResourceList
    exporter={measurementExporter}
    filters={measurementFilters}
    sort={{ field: 'year', order: 'DESC' }}
    primaryText={<ReferenceField source="indicatorId" reference="indicators" link={false} />}
    secondaryText={
      <>
        <TextField source="year" /> · <MeasurementAreaField />
      </>
    }
    chip={<LocalNumberField source="value" />}
  >
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
    <DataTable.Col source="provenance" disableSort>
      <ProvenanceField />
    </DataTable.Col>
  </ResourceList>
);
