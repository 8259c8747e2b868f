import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ShowActions } from '../records/ShowActions';
import { RoleChip } from '../users/RoleChip';
import { ProgrammeOrAll } from './ProgrammeOrAll';

export const DirectoryMappingShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="claimValue" />
      <Labeled source="role">
        <RoleChip />
      </Labeled>
      <Labeled source="programmeId">
        <ProgrammeOrAll />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
