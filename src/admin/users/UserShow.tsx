import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { ActiveField } from './ActiveField';
import { MembershipsField } from './MembershipsField';
import { RoleChip } from './RoleChip';
import { SourceField } from './SourceField';

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
      <SourceField label="beredskab.signIn.source" />
    </SimpleShowLayout>
  </Show>
);
