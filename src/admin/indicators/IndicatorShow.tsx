import {
  BooleanField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ShowActions } from '../records/ShowActions';
import { directionChoices, periodChoices, unitChoices } from './choices';
import { TargetField } from './TargetField';

export const IndicatorShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" />
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="unit" choices={unitChoices} />
      <SelectField source="direction" choices={directionChoices} />
      <NumberField source="baselineYear" options={{ useGrouping: false }} />
      <TargetField source="target" />
      <SelectField source="period" choices={periodChoices} />
      <BooleanField source="perArea" />
      <TextField source="dataSource" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
