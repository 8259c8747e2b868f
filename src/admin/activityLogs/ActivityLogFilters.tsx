import { AutocompleteInput, DateInput, ReferenceInput } from 'react-admin';
import { ActivityInput } from './ActivityInput';

export const activityLogFilters = [
  <ActivityInput key="activityId" alwaysOn />,
  <ReferenceInput
    key="areaId"
    source="areaId"
    reference="areas"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="date_gte" source="date_gte" alwaysOn />,
  <DateInput key="date_lte" source="date_lte" alwaysOn />,
];
