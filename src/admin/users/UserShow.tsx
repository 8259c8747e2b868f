import { Show, SimpleShowLayout, TextField } from 'react-admin';
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
      <RoleChip source="role" />
      <MembershipsField source="memberships" />
      <ActiveField source="active" />
      <SignInSection />
    </SimpleShowLayout>
  </Show>
);
