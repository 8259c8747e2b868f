import { AutocompleteInput, ReferenceInput } from 'react-admin';

export const ActivityInput = (props: { alwaysOn?: boolean }) => (
  <ReferenceInput
    source="activityId"
    reference="activities"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>
);
