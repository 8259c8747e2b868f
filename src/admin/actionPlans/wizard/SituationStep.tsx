import { Box } from '@mui/material';
import { NumberInput, SelectInput, TextInput } from 'react-admin';
import { riskChoices } from '../../choices/incidentChoices';
import { cell, row } from '../../forms/formLayout';
import { StepIntro } from './StepIntro';

/** Short and precise: what happened, how many are involved, and the risk that it escalates. */
export const SituationStep = () => (
  <>
    <StepIntro step="situation" />
    <TextInput source="situation.description" multiline minRows={4} fullWidth />
    <Box sx={row}>
      <NumberInput source="situation.involvedCount" min={0} step={1} {...cell} />
      <SelectInput source="situation.escalationRisk" choices={riskChoices} {...cell} />
    </Box>
    <TextInput
      source="confidentialNotes"
      multiline
      minRows={2}
      fullWidth
      helperText="beredskab.incidents.confidentialHelp"
    />
  </>
);
