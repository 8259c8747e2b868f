import { DataTable, ReferenceField, SearchInput, useRecordContext } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceList } from '../lists/ResourceList';
import { activityExporter } from './exporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ProgrammeInput key="programmeId" alwaysOn />];

const CriteriaCount = (_props: { label?: string }) => {
  const record = useRecordContext();
  return <>{(record?.successCriteria as unknown[] | undefined)?.length ?? 0}</>;
};

export const ActivityList = () => (
  <ResourceList
    exporter={activityExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    primaryText={(r) => r.name}
    secondaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="focusArea" />
    <DataTable.Col source="successCriteria" disableSort align="right">
      <CriteriaCount />
    </DataTable.Col>
  </ResourceList>
);
