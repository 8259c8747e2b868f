import { Box } from '@mui/material';
import { BooleanInput, DateInput, NumberInput, minValue, required } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';

/** A round: the programme's year (calendar or project year), when it opens and when the figures are due. */
export const RoundInputs = () => (
  <>
    <ProgrammeInput isRequired />
    <Box display="flex" gap={2} flexWrap="wrap" alignItems="center">
      <NumberInput source="year" validate={required()} step={1} />
      <BooleanInput source="projectYear" />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <DateInput source="opensOn" validate={required()} />
      <DateInput source="dueOn" validate={required()} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="graceDays" validate={[required(), minValue(0)]} step={1} sx={{ maxWidth: 420 }} />
      <NumberInput source="remindDaysBefore" validate={minValue(0)} step={1} sx={{ maxWidth: 420 }} />
    </Box>
  </>
);
