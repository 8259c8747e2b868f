import { ReferenceField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { activityLogColumns } from './activityLogColumns';
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
    {activityLogColumns()}
  </ResourceList>
);
