import { DataTable, ReferenceField, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { columnSet } from '../lists/columnSet';

/** The log book's columns: ActivityLogList, and the sessions inside their activity (ActivityShow). */
export const activityLogColumns = columnSet(
  [
    <DataTable.Col key="date" source="date" field={LocalDateField} />,
    <DataTable.Col key="activityId" source="activityId">
      <ReferenceField source="activityId" reference="activities" link={false} />
    </DataTable.Col>,
    <DataTable.Col key="areaId" source="areaId">
      <ReferenceField source="areaId" reference="areas" link={false} emptyText="–" />
    </DataTable.Col>,
    <DataTable.NumberCol key="participants" source="participants" />,
    <DataTable.NumberCol key="volunteers" source="volunteers" />,
    <DataTable.Col key="note" source="note" disableSort>
      <TextField source="note" emptyText="" />
    </DataTable.Col>,
  ],
  // Inside an activity the activity goes without saying; a note is read on the session's page.
  ['activityId', 'note'],
);
