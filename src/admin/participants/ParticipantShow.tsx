import { BooleanField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../misc/LocalDateField';
import { ResponseGroupsField } from './ResponseGroupsField';
import { StaleChip } from './StaleChip';

export const ParticipantShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="name" />
      <TextField source="title" />
      <TextField source="organisation" />
      <TextField source="phone" emptyText="–" />
      <EmailField source="email" emptyText="–" />
      <ResponseGroupsField source="responseGroups" />
      <ReferenceField source="deputyOfId" reference="participants" link="show" emptyText="–" />
      <BooleanField source="pressContact" />
      <BooleanField source="signsPlan" />
      <BooleanField source="convener" />
      <LocalDateField source="lastVerifiedAt" emptyText="–" />
      <StaleChip label="resources.participants.fields.stale" />
    </SimpleShowLayout>
  </Show>
);
