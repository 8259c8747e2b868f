import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { LocalDateField } from '../misc/LocalDateField';
import { ResourceEmpty } from '../misc/ResourceEmpty';
import { categoryChoices } from './choices';
import { incidentFilters } from './IncidentFilters';
import { LevelChip } from './LevelChip';
import { MeetingStatusChip } from './MeetingStatusChip';

export const IncidentList = () => (
  <List filters={incidentFilters} sort={{ field: 'occurredAt', order: 'DESC' }} empty={<ResourceEmpty />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <LocalDateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="areaId">
        <ReferenceField source="areaId" reference="areas" link={false} />
      </DataTable.Col>
      <DataTable.Col source="level">
        <LevelChip />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="responseDeadline">
        <LocalDateField source="responseDeadline" showTime emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="meetingStatus">
        <MeetingStatusChip />
      </DataTable.Col>
    </DataTable>
  </List>
);
