import { AutocompleteInput, ReferenceInput } from 'react-admin';

export const ActivityInput = ({ isRequired, ...props }: { alwaysOn?: boolean; isRequired?: boolean }) => (
  <ReferenceInput
    source="activityId"
    reference="activities"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} isRequired={isRequired} />
  </ReferenceInput>
);
