import { DataTable, List, SearchInput } from 'react-admin';
import { LocalDateField } from '../misc/LocalDateField';
import { ResourceEmpty } from '../misc/ResourceEmpty';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ProgrammeList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<ResourceEmpty />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="municipality" />
      <DataTable.Col source="periodStart" field={LocalDateField} />
      <DataTable.Col source="periodEnd" field={LocalDateField} />
    </DataTable>
  </List>
);
