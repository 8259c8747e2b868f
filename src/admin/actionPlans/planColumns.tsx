import { DataTable, ReferenceField } from 'react-admin';
import { PlanFlags } from '../chips/PlanFlags';
import { PlanStatusChip } from '../chips/PlanStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { PlanIncidentsField } from './PlanIncidentsField';

const ALL = [
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
];

/** Left out inside an incident: the plans shown there are that incident's, in its programme. */
const NOT_IN_RECORD = new Set(['programmeId', 'incidentIds']);

/**
 * The action plan list's columns, one set for the list and for the plans shown inside an
 * incident. An array of elements, not a component: the DataTable counts its columns.
 */
export const planColumns = ({ inRecord = false } = {}) =>
  inRecord ? ALL.filter((column) => !NOT_IN_RECORD.has(String(column.key))) : ALL;
