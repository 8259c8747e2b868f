import { Grid } from '@mui/material';
import {
  BooleanField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { LocalDateField } from '../misc/LocalDateField';
import { activatorChoices, categoryChoices, riskChoices, statusChoices } from './choices';
import { IncidentAside } from './IncidentAside';

/** Shown only when the server sent it, i.e. never to a board member. */
const ConfidentialNotes = (_props: { label?: string }) => {
  const record = useRecordContext();
  return record && 'confidentialNotes' in record ? (
    <TextField source="confidentialNotes" emptyText="–" />
  ) : null;
};

export const IncidentShow = () => (
  <Show aside={<IncidentAside />}>
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
          <LocalDateField source="meetingHeldAt" showTime emptyText="–" />
          <SelectField source="status" choices={statusChoices} />
        </SimpleShowLayout>
      </Grid>
      <Grid size={12}>
        <SimpleShowLayout>
          <TextField source="description" />
          <ConfidentialNotes label="resources.incidents.fields.confidentialNotes" />
        </SimpleShowLayout>
      </Grid>
    </Grid>
  </Show>
);
