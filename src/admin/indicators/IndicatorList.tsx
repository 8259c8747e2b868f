import { BooleanField, DataTable, ReferenceField, SearchInput, SelectField } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';
import { directionChoices, unitChoices } from './choices';
import { indicatorExporter } from './exporter';
import { TargetField } from './TargetField';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ProgrammeInput key="programmeId" alwaysOn />];

export const IndicatorList = () => (
  <ResourceList
    exporter={indicatorExporter}
    filters={filters}
    sort={{ field: 'code', order: 'ASC' }}
    primaryText={(r) => `${r.code} ${r.name}`}
    secondaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
  >
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="code" />
    <DataTable.Col source="name" />
    <DataTable.Col source="unit">
      <SelectField source="unit" choices={unitChoices} />
    </DataTable.Col>
    <DataTable.Col source="direction">
      <SelectField source="direction" choices={directionChoices} />
    </DataTable.Col>
    <DataTable.Col source="target" disableSort>
      <TargetField />
    </DataTable.Col>
    <DataTable.Col source="perArea">
      <BooleanField source="perArea" />
    </DataTable.Col>
  </ResourceList>
);
