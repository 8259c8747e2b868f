import { DataTable, ReferenceField, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { activityLogFilters } from './ActivityLogFilters';
import { activityLogExporter } from './exporter';

/** The activities' log book: one row per session, the basis of the success criteria. */
export const ActivityLogList = () => (
  <ResourceList
    exporter={activityLogExporter}
    filters={activityLogFilters}
    sort={{ field: 'date', order: 'DESC' }}
    primaryText={<ReferenceField source="activityId" reference="activities" link={false} />}
    secondaryText={
      <>
        <LocalDateField source="date" /> ·{' '}
        <ReferenceField source="areaId" reference="areas" link={false} emptyText="–" />
      </>
    }
  >
    <DataTable.Col source="date" field={LocalDateField} />
    <DataTable.Col source="activityId">
      <ReferenceField source="activityId" reference="activities" link={false} />
    </DataTable.Col>
    <DataTable.Col source="areaId">
      <ReferenceField source="areaId" reference="areas" link={false} emptyText="–" />
    </DataTable.Col>
    <DataTable.NumberCol source="participants" />
    <DataTable.NumberCol source="volunteers" />
    <DataTable.Col source="note" disableSort>
      <TextField source="note" emptyText="" />
    </DataTable.Col>
  </ResourceList>
);
