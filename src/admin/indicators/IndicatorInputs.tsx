import { Box } from '@mui/material';
import { BooleanInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { directionChoices, periodChoices, unitChoices } from './choices';
import { TargetInputs } from './TargetInputs';

export const IndicatorInputs = () => (
  <>
    <ProgrammeInput isRequired />
    <Box display="flex" gap={2} flexWrap="wrap" width="100%">
      <TextInput source="code" isRequired />
      <TextInput source="name" sx={{ flex: 1, minWidth: 300 }} isRequired />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <SelectInput source="unit" choices={unitChoices} isRequired />
      <SelectInput source="direction" choices={directionChoices} isRequired />
      <NumberInput source="baselineYear" step={1} isRequired />
      <SelectInput source="period" choices={periodChoices} />
    </Box>
    <TargetInputs />
    <BooleanInput source="perArea" />
    <TextInput source="dataSource" multiline minRows={2} fullWidth />
  </>
);
