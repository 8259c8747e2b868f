import { ReferenceField } from 'react-admin';
import { PlanStatusChip } from '../chips/PlanStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { actionPlanFilters } from './ActionPlanFilters';
import { actionPlanExporter } from './exporter';
import { planColumns } from './planColumns';

export const ActionPlanList = () => (
  <ResourceList
    exporter={actionPlanExporter}
    filters={actionPlanFilters}
    sort={{ field: 'startDate', order: 'DESC' }}
    primaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
    secondaryText={
      <>
        <LocalDateField source="startDate" emptyText="–" /> –{' '}
        <LocalDateField source="endDate" emptyText="–" />
      </>
    }
    chip={<PlanStatusChip />}
  >
    {planColumns()}
  </ResourceList>
);
