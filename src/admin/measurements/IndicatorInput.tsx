import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** Picks an indicator by its name. */
export const IndicatorInput = ({ isRequired, ...props }: { alwaysOn?: boolean; isRequired?: boolean }) => (
  <ReferenceInput
    source="indicatorId"
    reference="indicators"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 280 }} isRequired={isRequired} />
  </ReferenceInput>
);
