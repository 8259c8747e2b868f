import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { categoryChoices, levelChoices, yesNoChoices } from '../choices/incidentChoices';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { AreaInput } from './AreaInput';

export const incidentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProgrammeInput key="programmeId" alwaysOn />,
  <AreaInput key="areaId" alwaysOn />,
  <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <DateInput key="occurredAt_gte" source="occurredAt_gte" />,
  <DateInput key="occurredAt_lte" source="occurredAt_lte" />,
  <SelectInput key="overdue" source="overdue" choices={yesNoChoices} />,
];
