import { DataTable, Pagination, ReferenceManyField, SelectField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { categoryChoices } from '../choices/incidentChoices';
import { LevelChip } from '../chips/LevelChip';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';

/** The incidents that refer to the shown record (an area, a programme). */
export const IncidentsOfRecord = ({ target }: { target: string; label?: string }) => (
  <ReferenceManyField
    reference="incidents"
    target={target}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    label="beredskab.incidents.title"
  >
    <DataTable rowClick="show" bulkActionButtons={false} resource="incidents">
      <DataTable.Col source="occurredAt">
        <LocalDateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="level">
        <LevelChip />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="meetingStatus">
        <MeetingStatusChip />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
