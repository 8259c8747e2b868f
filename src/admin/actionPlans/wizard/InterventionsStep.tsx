import { Box, Stack } from '@mui/material';
import { ArrayInput, SimpleFormIterator, TextInput, useSourceContext, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { cell, iteratorSx, row } from '../../forms/formLayout';
import { AddRowButton, useAddRow } from './AddRowButton';
import { ParticipantInput } from './ParticipantInput';
import { StepIntro } from './StepIntro';
import { ToolboxMenu } from './ToolboxMenu';

const AddButtons = () => {
  const addRow = useAddRow('action');
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" my={1}>
      <AddRowButton label="beredskab.actionPlans.interventions.add" focusField="action" />
      <ToolboxMenu onPick={(action) => addRow({ action })} />
    </Stack>
  );
};

/** The responsible participant; their phone fills the row's phone when it is still empty. */
const ResponsibleParticipant = () => {
  const { getSource } = useSourceContext();
  const { getValues, setValue } = useFormContext();
  const onPick = (participant: RaRecord | undefined) => {
    const phone = getSource('phone');
    if (participant?.phone && !getValues(phone)) setValue(phone, participant.phone, { shouldDirty: true });
  };
  return <ParticipantInput source="participantId" onPick={onPick} />;
};

export const InterventionsStep = () => (
  <>
    <StepIntro step="interventions" />
    <ArrayInput source="interventions">
      <SimpleFormIterator
        sx={iteratorSx}
        addButton={<AddButtons />}
        disableClear
        fullWidth
        getItemLabel={(i) => `${i + 1}.`}
      >
        <TextInput source="action" fullWidth multiline />
        <Box sx={row}>
          <ResponsibleParticipant />
          <TextInput source="party" helperText="beredskab.actionPlans.interventions.partyHelp" {...cell} />
        </Box>
        <Box sx={row}>
          <TextInput source="place" {...cell} />
          <TextInput source="staff" {...cell} />
        </Box>
        <Box sx={row}>
          <TextInput source="days" {...cell} />
          <TextInput source="timeSpan" {...cell} />
          <TextInput source="phone" type="tel" {...cell} />
        </Box>
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
