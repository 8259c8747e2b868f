import { Box, Divider, Grid, useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { activatorChoices, categoryChoices, riskChoices, statusChoices } from '../choices/incidentChoices';
import { LocalDateField } from '../formatting/LocalDateField';
import { stackedAside } from '../records/asideLayout';
import { ShowActions } from '../records/ShowActions';
import { IncidentActivation } from './IncidentActivation';
import { ActivationChecklist } from './callIn/ActivationChecklist';
import { IncidentAside, IncidentStatus } from './IncidentAside';
import { PlanMeetingButton } from './PlanMeetingButton';

/** Shown, label and all, only when the server sent it: never to a board member. */
const ConfidentialNotes = (_props: { label: false }) => {
  const record = useRecordContext();
  if (!record || !('confidentialNotes' in record)) return null;
  return (
    <Labeled source="confidentialNotes">
      <TextField source="confidentialNotes" emptyText="–" />
    </Labeled>
  );
};

/**
 * On a wide screen the computed status stands beside the incident. On a phone what a
 * convener needs first leads: level, deadline, meeting status and "Planlæg møde", then the
 * activation steps, then the rest (the details, whom it called in, plans and log).
 */
export const IncidentShow = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <Show
      actions={<ShowActions />}
      aside={phone ? undefined : <IncidentAside meetingAction={<PlanMeetingButton />} />}
      sx={stackedAside}
    >
      {phone && (
        <>
          <Box sx={{ p: 2 }}>
            <IncidentStatus meetingAction={<PlanMeetingButton />} />
          </Box>
          <ActivationChecklist />
          <Divider />
        </>
      )}
      <IncidentDetails />
      <IncidentActivation steps={!phone} />
    </Show>
  );
};

const IncidentDetails = () => (
  <Grid container>
    <Grid size={{ xs: 12, md: 6 }}>
      <SimpleShowLayout>
        <ReferenceField source="programmeId" reference="programmes" />
        <ReferenceField source="areaId" reference="areas" />
        <LocalDateField source="occurredAt" showTime />
        <LocalDateField source="levelSetAt" showTime />
        <SelectField source="category" choices={categoryChoices} />
        <SelectField source="activatedBy" choices={activatorChoices} />
        <BooleanField source="policeCase" />
        <BooleanField source="exercise" />
      </SimpleShowLayout>
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <SimpleShowLayout>
        <NumberField source="involvedCount" emptyText="–" />
        <SelectField source="escalationRisk" choices={riskChoices} />
        <LocalDateField source="meetingPlannedAt" showTime emptyText="–" />
        <LocalDateField source="meetingHeldAt" showTime emptyText="–" />
        <SelectField source="status" choices={statusChoices} />
      </SimpleShowLayout>
    </Grid>
    <Grid size={12}>
      <SimpleShowLayout>
        <TextField source="description" />
        <ConfidentialNotes label={false} />
      </SimpleShowLayout>
    </Grid>
  </Grid>
);
