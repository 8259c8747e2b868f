import { SearchInput, SelectInput } from 'react-admin';
import { yesNoChoices } from '../choices/incidentChoices';
import { planStatusChoices } from '../choices/planChoices';
import { ProgrammeInput } from '../forms/ProgrammeInput';

export const actionPlanFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProgrammeInput key="programmeId" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
  <SelectInput key="endsSoon" source="endsSoon" choices={yesNoChoices} />,
  <SelectInput key="statusOverdue" source="statusOverdue" choices={yesNoChoices} />,
];
