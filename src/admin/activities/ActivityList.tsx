import { DataTable, List, ReferenceField, SearchInput, useRecordContext } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResourceEmpty } from '../lists/ResourceEmpty';
import { ResponsiveList } from '../lists/ResponsiveList';
import { activityExporter } from './exporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ProgrammeInput key="programmeId" alwaysOn />];

const CriteriaCount = (_props: { label?: string }) => {
  const record = useRecordContext();
  return <>{(record?.successCriteria as unknown[] | undefined)?.length ?? 0}</>;
};

export const ActivityList = () => (
  <List
    exporter={activityExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    empty={<ResourceEmpty />}
  >
    <ResponsiveList
      primaryText={(r) => r.name}
      secondaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="programmeId">
          <ReferenceField source="programmeId" reference="programmes" link={false} />
        </DataTable.Col>
        <DataTable.Col source="focusArea" />
        <DataTable.Col source="successCriteria" disableSort align="right">
          <CriteriaCount />
        </DataTable.Col>
      </DataTable>
    </ResponsiveList>
  </List>
);
