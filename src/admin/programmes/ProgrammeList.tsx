import { DataTable, SearchInput, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { DemoDataNote } from '../start/DemoDataNote';
import { programmeExporter } from './exporter';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ProgrammeList = () => (
  <>
    <DemoDataNote />
    <ProgrammeTable />
  </>
);

const ProgrammeTable = () => (
  <ResourceList
    exporter={programmeExporter}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    primaryText={(r) => r.name}
    secondaryText={
      <>
        <TextField source="municipality" /> · <LocalDateField source="periodStart" /> –{' '}
        <LocalDateField source="periodEnd" />
      </>
    }
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="municipality" />
    <DataTable.Col source="periodStart" field={LocalDateField} />
    <DataTable.Col source="periodEnd" field={LocalDateField} />
  </ResourceList>
);
