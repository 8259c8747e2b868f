import { BooleanField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ShowActions } from '../records/ShowActions';

export const YearLockShow = () => (
  <Show actions={<ShowActions editable={false} />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <BooleanField source="active" />
      <TextField source="reason" />
      <TextField source="lockedBy" emptyText="–" />
      <LocalDateField source="lockedAt" showTime emptyText="–" />
      <TextField source="unlockReason" emptyText="–" />
      <TextField source="unlockedBy" emptyText="–" />
      <LocalDateField source="unlockedAt" showTime emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
