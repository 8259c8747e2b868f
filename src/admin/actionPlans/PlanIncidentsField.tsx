import { ReferenceArrayField, SingleFieldList } from 'react-admin';
import { IncidentChip } from './IncidentChip';

/** The incidents a plan answers, each linking to its page. */
export const PlanIncidentsField = (_props: { label?: string; source?: string }) => (
  <ReferenceArrayField source="incidentIds" reference="incidents">
    <SingleFieldList linkType="show">
      <IncidentChip />
    </SingleFieldList>
  </ReferenceArrayField>
);
