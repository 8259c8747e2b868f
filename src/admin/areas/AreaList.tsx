import { ReferenceField, SearchInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';
import { areaColumns } from './areaColumns';
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
    {areaColumns()}
  </ResourceList>
);
