import { DataTable, ReferenceField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { actionPlanFilters } from './ActionPlanFilters';
import { PlanFlags } from '../chips/PlanFlags';
import { PlanIncidentsField } from './PlanIncidentsField';
import { PlanStatusChip } from '../chips/PlanStatusChip';
import { actionPlanExporter } from './exporter';

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
    <DataTable.Col source="status">
      <PlanStatusChip />
    </DataTable.Col>
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="incidentIds" disableSort>
      <PlanIncidentsField />
    </DataTable.Col>
    <DataTable.Col source="startDate">
      <LocalDateField source="startDate" emptyText="–" />
    </DataTable.Col>
    <DataTable.Col source="endDate">
      <LocalDateField source="endDate" emptyText="–" />
    </DataTable.Col>
    <DataTable.Col label="beredskab.actionPlans.flags" disableSort>
      <PlanFlags />
    </DataTable.Col>
  </ResourceList>
);
