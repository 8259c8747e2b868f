import { BooleanField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ShowActions } from '../records/ShowActions';

export const YearLockShow = () => (
  <Show actions={<ShowActions editable={false} />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <BooleanField source="active" />
      <TextField source="reason" />
      <TextField source="unlockReason" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
