import { Box } from '@mui/material';
import { DateInput, NumberInput, TextInput } from 'react-admin';
import { ActivityInput } from './ActivityInput';
import { LogAreaInput } from './LogAreaInput';

export const ActivityLogInputs = () => (
  <>
    <Box display="flex" gap={2} flexWrap="wrap" width="100%">
      <ActivityInput isRequired />
      <LogAreaInput />
      <DateInput source="date" isRequired />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="participants" step={1} min={0} />
      <NumberInput source="volunteers" step={1} min={0} />
    </Box>
    <TextInput source="note" multiline minRows={2} fullWidth />
  </>
);
