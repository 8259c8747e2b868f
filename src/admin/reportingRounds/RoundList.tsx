import { BooleanField, DataTable, ReferenceField } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { RoundStatusChip } from './RoundStatusChip';

const filters = [<ProgrammeInput key="programmeId" alwaysOn />];

export const RoundList = () => (
  <ResourceList
    filters={filters}
    sort={{ field: 'year', order: 'DESC' }}
    primaryText={(r) => String(r.year)}
    secondaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
    chip={<RoundStatusChip />}
  >
    <DataTable.Col source="year" />
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="projectYear">
      <BooleanField source="projectYear" />
    </DataTable.Col>
    <DataTable.Col source="opensOn">
      <LocalDateField source="opensOn" />
    </DataTable.Col>
    <DataTable.Col source="dueOn">
      <LocalDateField source="dueOn" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <RoundStatusChip />
    </DataTable.Col>
  </ResourceList>
);
