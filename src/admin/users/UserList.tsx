import { DataTable, SearchInput, SelectInput } from 'react-admin';
import { ResourceList } from '../lists/ResourceList';
import { ActiveField } from './ActiveField';
import { activeChoices } from './choices';
import { userExporter } from './exporter';
import { MembershipsField } from './MembershipsField';
import { RoleChip } from './RoleChip';
import { useRoleChoices } from './useRoleChoices';

/**
 * No bulk actions and no delete: users are deactivated, never deleted. A programme
 * administrator sees the users of their programmes, and only those memberships.
 */
export const UserList = () => {
  const roleChoices = useRoleChoices();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
    <SelectInput key="active" source="active" choices={activeChoices} alwaysOn />,
  ];
  return (
    <ResourceList
      exporter={userExporter}
      filters={filters}
      sort={{ field: 'username', order: 'ASC' }}
      primaryText={(r) => r.username}
      secondaryText={(r) => r.fullName}
      chip={<RoleChip />}
    >
      <DataTable.Col source="username" />
      <DataTable.Col source="fullName" />
      <DataTable.Col source="role">
        <RoleChip />
      </DataTable.Col>
      <DataTable.Col source="memberships" disableSort>
        <MembershipsField />
      </DataTable.Col>
      <DataTable.Col source="active">
        <ActiveField />
      </DataTable.Col>
    </ResourceList>
  );
};
