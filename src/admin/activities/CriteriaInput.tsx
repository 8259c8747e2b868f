import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { metricChoices, scopeChoices } from './choices';

/** Success criteria as repeatable rows: what is counted in the log book, against which target. */
export const CriteriaInput = () => (
  <ArrayInput source="successCriteria">
    <SimpleFormIterator inline disableReordering>
      <TextInput source="description" sx={{ flex: 2, minWidth: 280 }} />
      <SelectInput source="metric" choices={metricChoices} defaultValue="participants" />
      <NumberInput source="target" step={1} min={0} sx={{ width: 120, minWidth: 120 }} />
      <SelectInput source="scope" choices={scopeChoices} defaultValue="projectYear" />
      <BooleanInput source="perArea" defaultValue={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
