import { DataTable, List, SearchInput, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceEmpty } from '../lists/ResourceEmpty';
import { ResponsiveList } from '../lists/ResponsiveList';
import { programmeExporter } from './exporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ProgrammeList = () => (
  <List
    exporter={programmeExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    empty={<ResourceEmpty />}
  >
    <ResponsiveList
      primaryText={(r) => r.name}
      secondaryText={
        <>
          <TextField source="municipality" /> · <LocalDateField source="periodStart" /> –{' '}
          <LocalDateField source="periodEnd" />
        </>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="municipality" />
        <DataTable.Col source="periodStart" field={LocalDateField} />
        <DataTable.Col source="periodEnd" field={LocalDateField} />
      </DataTable>
    </ResponsiveList>
  </List>
);
