import { BooleanField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ShowActions } from '../misc/ShowActions';

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
