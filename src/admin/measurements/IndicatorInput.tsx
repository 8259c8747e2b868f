import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** Picks an indicator by its name. */
export const IndicatorInput = (props: { alwaysOn?: boolean }) => (
  <ReferenceInput
    source="indicatorId"
    reference="indicators"
    sort={{ field: 'name', order: 'ASC' }}
    {...props}
  >
    <AutocompleteInput optionText="name" sx={{ minWidth: 280 }} />
  </ReferenceInput>
);
