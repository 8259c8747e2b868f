import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { categoryChoices } from '../choices/incidentChoices';
import { incidentFilters } from './IncidentFilters';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { incidentExporter } from './exporter';

export const IncidentList = () => (
  <ResourceList
    exporter={incidentExporter}
    filters={incidentFilters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    primaryText={<ReferenceField source="areaId" reference="areas" link={false} />}
    secondaryText={
      <>
        <LocalDateField source="occurredAt" showTime /> ·{' '}
        <SelectField source="category" choices={categoryChoices} />
      </>
    }
    chip={<LevelChip />}
  >
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
  </ResourceList>
);
