import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { PhoneField } from '../participants/PhoneField';
import { ActiveField } from './ActiveField';
import { MembershipsField } from './MembershipsField';
import { RoleChip } from './RoleChip';
import { SignInSection } from './SignInSection';

/** The default actions: Edit only, never Delete. */
export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="fullName" emptyText="–" />
      <TextField source="email" emptyText="–" />
      <PhoneField source="phone" label="resources.users.fields.phone" />
      <RoleChip source="role" />
      <MembershipsField source="memberships" />
      <ActiveField source="active" />
      <SignInSection />
    </SimpleShowLayout>
  </Show>
);
