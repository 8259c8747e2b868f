import { DataTable, ReferenceField } from 'react-admin';
import { PlanFlags } from '../chips/PlanFlags';
import { PlanStatusChip } from '../chips/PlanStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { columnSet } from '../lists/columnSet';
import { PlanIncidentsField } from './PlanIncidentsField';

/** The action plans' columns: ActionPlanList, and PlansOfIncident inside an incident. */
export const planColumns = columnSet(
  [
    <DataTable.Col key="status" source="status">
      <PlanStatusChip />
    </DataTable.Col>,
    <DataTable.Col key="programmeId" source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>,
    <DataTable.Col key="incidentIds" source="incidentIds" disableSort>
      <PlanIncidentsField />
    </DataTable.Col>,
    <DataTable.Col key="startDate" source="startDate">
      <LocalDateField source="startDate" emptyText="–" />
    </DataTable.Col>,
    <DataTable.Col key="endDate" source="endDate">
      <LocalDateField source="endDate" emptyText="–" />
    </DataTable.Col>,
    <DataTable.Col key="flags" label="beredskab.actionPlans.flags" disableSort>
      <PlanFlags />
    </DataTable.Col>,
  ],
  // Inside an incident the plans are that incident's, in its programme.
  ['programmeId', 'incidentIds'],
);
