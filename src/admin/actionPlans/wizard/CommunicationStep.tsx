import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  ReferenceArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { audienceChoices } from '../../choices/planChoices';
import { cell, iteratorSx, row } from '../../forms/formLayout';
import { AddRowButton } from './AddRowButton';
import { ParticipantInput } from './ParticipantInput';
import { StepIntro } from './StepIntro';

const participantLabel = (p: { name: string; title: string }) => `${p.name} (${p.title})`;

/** Who informs which party with which key message; who speaks to the press; who calls whom. */
export const CommunicationStep = () => {
  const translate = useTranslate();
  const programmeId = useWatch({ name: 'programmeId' });
  return (
    <>
      <StepIntro step="communication" />
      <ArrayInput source="communications">
        <SimpleFormIterator
          sx={iteratorSx}
          addButton={<AddRowButton label="beredskab.actionPlans.communications.add" focusField="channel" />}
          disableClear
          fullWidth
          getItemLabel={(i) => `${i + 1}.`}
        >
          <Box sx={row}>
            <SelectInput source="audience" choices={audienceChoices} {...cell} />
            <TextInput source="channel" {...cell} />
            <TextInput source="when" {...cell} />
          </Box>
          <TextInput source="keyMessage" multiline fullWidth />
          <Box sx={row}>
            <ParticipantInput source="participantId" />
            <TextInput
              source="informedBy"
              helperText="beredskab.actionPlans.communications.informedByHelp"
              {...cell}
            />
          </Box>
        </SimpleFormIterator>
      </ArrayInput>
      <ReferenceArrayInput
        source="pressSpokespeople"
        reference="participants"
        filter={{ programmeId }}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput optionText={participantLabel} sx={{ maxWidth: 720 }} />
      </ReferenceArrayInput>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('resources.actionPlans.fields.callList')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('beredskab.actionPlans.callList.help')}
      </Typography>
      <ArrayInput source="callList" label={false}>
        <SimpleFormIterator
          sx={iteratorSx}
          inline
          addButton={<AddRowButton label="beredskab.actionPlans.callList.add" focusField="staff" />}
          disableClear
          fullWidth
        >
          <TextInput source="staff" {...cell} />
          <TextInput source="contacts" fullWidth={false} sx={{ flex: '2 1 360px' }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
