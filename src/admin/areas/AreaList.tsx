import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';
import { areaExporter } from './exporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ProgrammeInput key="programmeId" alwaysOn />];

export const AreaList = () => (
  <ResourceList
    exporter={areaExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    primaryText={(r) => r.name}
    secondaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="housingOrganisation" />
    <DataTable.Col source="departmentNumber" />
    <DataTable.NumberCol source="households" />
    <DataTable.NumberCol source="residents" />
  </ResourceList>
);
