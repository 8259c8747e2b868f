import { Box } from '@mui/material';
import { NumberInput, TextInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';

export const AreaInputs = () => (
  <>
    <TextInput source="name" fullWidth isRequired />
    <ProgrammeInput isRequired />
    <TextInput source="housingOrganisation" isRequired />
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="departmentNumber" />
      <NumberInput source="households" step={1} min={0} />
      <NumberInput source="residents" step={1} min={0} />
    </Box>
  </>
);
