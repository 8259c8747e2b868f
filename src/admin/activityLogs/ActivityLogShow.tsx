import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ShowActions } from '../records/ShowActions';

export const ActivityLogShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="activityId" reference="activities" />
      <ReferenceField source="areaId" reference="areas" emptyText="–" />
      <LocalDateField source="date" />
      <NumberField source="participants" />
      <NumberField source="volunteers" emptyText="–" />
      <TextField source="note" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
