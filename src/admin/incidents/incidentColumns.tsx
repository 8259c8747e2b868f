import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { categoryChoices } from '../choices/incidentChoices';
import { LocalDateField } from '../formatting/LocalDateField';

const ALL = [
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
];

/** Left out inside a record (an area): the record names the area, and the table stays narrow. */
const NOT_IN_RECORD = new Set(['areaId', 'responseDeadline']);

/**
 * The incident list's columns, one set for the list and for the incidents shown inside a
 * record. An array of elements, not a component: the DataTable counts its columns.
 */
export const incidentColumns = ({ inRecord = false } = {}) =>
  inRecord ? ALL.filter((column) => !NOT_IN_RECORD.has(String(column.key))) : ALL;
