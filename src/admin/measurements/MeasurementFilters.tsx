import { AutocompleteInput, NumberInput, ReferenceInput } from 'react-admin';
import { IndicatorInput } from './IndicatorInput';

export const measurementFilters = [
  <IndicatorInput key="indicatorId" alwaysOn />,
  <ReferenceInput
    key="areaId"
    source="areaId"
    reference="areas"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
];
