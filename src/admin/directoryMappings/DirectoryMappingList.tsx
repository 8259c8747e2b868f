import { DataTable, SearchInput, TextField } from 'react-admin';
import { ResourceList } from '../lists/ResourceList';
import { RoleChip } from '../users/RoleChip';
import { DirectoryMappingIntro } from './DirectoryMappingIntro';
import { ProgrammeOrAll } from './ProgrammeOrAll';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Which of the directory's groups or app roles give which role where. */
export const DirectoryMappingList = () => (
  <>
    <DirectoryMappingIntro />
    <ResourceList
      filters={filters}
      sort={{ field: 'claimValue', order: 'ASC' }}
      exporter={false}
      primaryText={(r) => r.claimValue}
      secondaryText={<ProgrammeOrAll />}
      chip={<RoleChip />}
    >
      <DataTable.Col source="claimValue" field={TextField} />
      <DataTable.Col source="programmeId">
        <ProgrammeOrAll />
      </DataTable.Col>
      <DataTable.Col source="role">
        <RoleChip />
      </DataTable.Col>
    </ResourceList>
  </>
);
