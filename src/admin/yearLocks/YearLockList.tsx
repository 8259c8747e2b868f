import { BooleanField, DataTable, ReferenceField, TextField } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { LocalDateField } from '../formatting/LocalDateField';
import { ResourceList } from '../lists/ResourceList';
import { YearLockEmpty } from './YearLockEmpty';

const filters = [<ProgrammeInput key="programmeId" alwaysOn />];

/** Read-only for everyone: an admin locks and unlocks a year on the grid page; who and when is kept. */
export const YearLockList = () => (
  <ResourceList
    filters={filters}
    sort={{ field: 'year', order: 'DESC' }}
    empty={<YearLockEmpty />}
    actions={false}
    primaryText={<ReferenceField source="programmeId" reference="programmes" link={false} />}
    secondaryText={(r) =>
      [r.year, r.reason, r.lockedBy].filter((part) => part !== null && part !== undefined).join(' · ')
    }
  >
    <DataTable.Col source="programmeId">
      <ReferenceField source="programmeId" reference="programmes" link={false} />
    </DataTable.Col>
    <DataTable.Col source="year" />
    <DataTable.Col source="active">
      <BooleanField source="active" />
    </DataTable.Col>
    <DataTable.Col source="reason" />
    <DataTable.Col source="lockedBy">
      <TextField source="lockedBy" emptyText="–" />
    </DataTable.Col>
    <DataTable.Col source="lockedAt">
      <LocalDateField source="lockedAt" showTime emptyText="–" />
    </DataTable.Col>
    <DataTable.Col source="unlockReason">
      <TextField source="unlockReason" emptyText="" />
    </DataTable.Col>
  </ResourceList>
);
