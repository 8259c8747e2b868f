import {
  BooleanField,
  EmailField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { PhoneField } from './PhoneField';
import { ShowActions } from '../records/ShowActions';
import { ResponseGroupsField } from './ResponseGroupsField';
import { VerifiedField } from './VerifiedField';

export const ParticipantShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="name" />
      <TextField source="title" />
      <TextField source="organisation" />
      <Labeled source="phone">
        <PhoneField />
      </Labeled>
      <EmailField source="email" emptyText="–" />
      <ResponseGroupsField source="responseGroups" />
      <ReferenceField source="deputyOfId" reference="participants" link="show" emptyText="–" />
      <BooleanField source="pressContact" />
      <BooleanField source="signsPlan" />
      <BooleanField source="convener" />
      <VerifiedField source="lastVerifiedAt" />
    </SimpleShowLayout>
  </Show>
);
