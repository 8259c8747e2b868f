import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { categoryChoices } from '../choices/incidentChoices';
import { LocalDateField } from '../formatting/LocalDateField';
import { columnSet } from '../lists/columnSet';

/** The incidents' columns: IncidentList, and IncidentsOfRecord inside an area. */
export const incidentColumns = columnSet(
  [
    <DataTable.Col key="occurredAt" source="occurredAt">
      <LocalDateField source="occurredAt" showTime />
    </DataTable.Col>,
    <DataTable.Col key="areaId" source="areaId">
      <ReferenceField source="areaId" reference="areas" link={false} />
    </DataTable.Col>,
    <DataTable.Col key="level" source="level">
      <LevelChip />
    </DataTable.Col>,
    <DataTable.Col key="category" source="category">
      <SelectField source="category" choices={categoryChoices} />
    </DataTable.Col>,
    <DataTable.Col key="responseDeadline" source="responseDeadline">
      <LocalDateField source="responseDeadline" showTime emptyText="–" />
    </DataTable.Col>,
    <DataTable.Col key="meetingStatus" source="meetingStatus">
      <MeetingStatusChip />
    </DataTable.Col>,
  ],
  // Inside a record (an area) the area goes without saying, and the table stays narrow.
  ['areaId', 'responseDeadline'],
);
