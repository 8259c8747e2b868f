import { Grid } from '@mui/material';
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
import { IncidentAside } from './IncidentAside';

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

export const IncidentShow = () => (
  <Show actions={<ShowActions />} aside={<IncidentAside />} sx={stackedAside}>
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
    <IncidentActivation />
  </Show>
);
