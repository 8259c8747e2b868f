import { Box } from '@mui/material';
import { TextInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { CriteriaInput } from './CriteriaInput';

export const ActivityInputs = () => (
  <>
    <Box display="flex" gap={2} flexWrap="wrap" width="100%">
      <ProgrammeInput isRequired />
      <TextInput source="name" sx={{ flex: 1, minWidth: 240 }} isRequired />
      <TextInput source="focusArea" isRequired />
    </Box>
    <TextInput source="description" multiline minRows={2} fullWidth />
    <CriteriaInput />
  </>
);
