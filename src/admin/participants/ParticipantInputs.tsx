import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  ReferenceInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { useClearOnChange } from '../forms/useClearOnChange';
import { responseGroupChoices } from './choices';

/** A deputy stands in for another member of the same programme's group. */
const DeputyOfInput = () => {
  const programmeId = useClearOnChange('programmeId', 'deputyOfId');
  return (
    <ReferenceInput
      source="deputyOfId"
      reference="participants"
      filter={programmeId ? { programmeId } : {}}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput optionText={(p: { name: string; title: string }) => `${p.name} (${p.title})`} />
    </ReferenceInput>
  );
};

export const ParticipantInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <ProgrammeInput isRequired />
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="name" isRequired />
        <TextInput source="title" isRequired />
        <TextInput source="organisation" isRequired />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="phone" type="tel" />
        <TextInput source="email" type="email" />
      </Box>
      <CheckboxGroupInput source="responseGroups" choices={responseGroupChoices} />
      <DeputyOfInput />
      <Box display="flex" gap={2} flexWrap="wrap">
        <BooleanInput source="pressContact" />
        <BooleanInput source="signsPlan" />
        <BooleanInput source="convener" />
      </Box>
      <DateInput source="lastVerifiedAt" helperText={translate('beredskab.participants.staleHelp')} />
    </>
  );
};
