import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { ResourceEmpty } from '../lists/ResourceEmpty';
import { ResponsiveList } from '../lists/ResponsiveList';
import { ActiveField } from './ActiveField';
import { activeChoices } from './choices';
import { MembershipsField } from './MembershipsField';
import { RoleChip } from './RoleChip';
import { userExporter } from './exporter';
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
    <List
      exporter={userExporter}
      filters={filters}
      sort={{ field: 'username', order: 'ASC' }}
      empty={<ResourceEmpty />}
    >
      <ResponsiveList primaryText={(r) => r.username} secondaryText={(r) => r.fullName} chip={<RoleChip />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
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
        </DataTable>
      </ResponsiveList>
    </List>
  );
};
