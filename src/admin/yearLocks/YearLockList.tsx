import { BooleanField, DataTable, List, ReferenceField, TextField } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { ResponsiveList } from '../lists/ResponsiveList';
import { YearLockEmpty } from './YearLockEmpty';

const filters = [<ProgrammeInput key="programmeId" alwaysOn />];

/** Read-only for everyone: an admin locks and unlocks a year on the grid page. */
export const YearLockList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }} empty={<YearLockEmpty />} actions={false}>
    <ResponsiveList
      primaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
      secondaryText={(r) => `${r.year} · ${r.reason ?? ''}`}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="programmeId">
          <ReferenceField source="programmeId" reference="programmes" link={false} />
        </DataTable.Col>
        <DataTable.Col source="year" />
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="reason" />
        <DataTable.Col source="unlockReason">
          <TextField source="unlockReason" emptyText="" />
        </DataTable.Col>
      </DataTable>
    </ResponsiveList>
  </List>
);
