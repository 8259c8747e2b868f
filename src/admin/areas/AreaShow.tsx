import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalNumberField } from '../formatting/LocalNumberField';
import { IncidentsOfRecord } from '../incidents/IncidentsOfRecord';
import { ShowActions } from '../records/ShowActions';

export const AreaShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="housingOrganisation" />
      <TextField source="departmentNumber" emptyText="–" />
      <LocalNumberField source="households" emptyText="–" />
      <LocalNumberField source="residents" emptyText="–" />
      <IncidentsOfRecord target="areaId" />
    </SimpleShowLayout>
  </Show>
);
