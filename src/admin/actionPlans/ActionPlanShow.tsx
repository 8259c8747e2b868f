import { Box } from '@mui/material';
import { Labeled, ReferenceField, Show, useRecordContext } from 'react-admin';
import { PlanFlags } from '../chips/PlanFlags';
import { PlanStatusChip } from '../chips/PlanStatusChip';
import { LocalDateField } from '../formatting/LocalDateField';
import { stackedAside } from '../records/asideLayout';
import { ShowActions } from '../records/ShowActions';
import { PlanActions } from './actions/PlanActions';
import { PlanIncidentsField } from './PlanIncidentsField';
import { PlanTimeline } from './PlanTimeline';
import { PlanTitle } from './PlanTitle';
import { PrintButton } from './PrintButton';
import { PlanOutcome } from './sections/PlanOutcome';
import { PlanSections, type PlanContent } from './sections/PlanSections';
import { useParticipants } from './sections/useParticipants';

const PlanShowActions = () => {
  const plan = useRecordContext();
  return (
    <ShowActions editable={!!plan && plan.status !== 'ended'}>
      {plan && <PlanActions plan={plan} />}
      <PrintButton />
    </ShowActions>
  );
};

const PlanShowBody = () => {
  const plan = useRecordContext();
  const { byId } = useParticipants(plan?.programmeId);
  if (!plan) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Box display="flex" gap={4} flexWrap="wrap" mb={3}>
        <Labeled source="status">
          <PlanStatusChip />
        </Labeled>
        <Labeled source="programmeId">
          <ReferenceField source="programmeId" reference="programmes" />
        </Labeled>
        <Labeled source="startDate">
          <LocalDateField source="startDate" emptyText="–" />
        </Labeled>
        <Labeled source="endDate">
          <LocalDateField source="endDate" emptyText="–" />
        </Labeled>
        <PlanFlags />
      </Box>
      <Labeled source="incidentIds" sx={{ mb: 3 }}>
        <PlanIncidentsField />
      </Labeled>
      <PlanSections plan={plan as PlanContent} participants={byId} />
      <PlanOutcome plan={plan} />
    </Box>
  );
};

export const ActionPlanShow = () => (
  <Show
    actions={<PlanShowActions />}
    aside={<PlanTimeline />}
    title={<PlanTitle />}
    // The tables may shrink (and scroll) so the timeline beside them stays on screen;
    // on a phone the timeline goes under the plan.
    sx={{ ...stackedAside, '& .RaShow-card': { minWidth: 0, contain: 'inline-size' } }}
  >
    <PlanShowBody />
  </Show>
);
