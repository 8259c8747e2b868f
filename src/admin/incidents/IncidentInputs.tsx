import { Box } from '@mui/material';
import { BooleanInput, NumberInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { activatorChoices, categoryChoices, riskChoices, statusChoices } from '../choices/incidentChoices';
import { DateTimeInput } from '../forms/DateTimeInput';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { AreaInput } from './AreaInput';
import { CallInAnywayInput } from './CallInAnywayInput';
import { LevelInput } from './LevelInput';

export const IncidentInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Box display="flex" gap={2} flexWrap="wrap" width="100%">
        <ProgrammeInput isRequired />
        <AreaInput isRequired />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <DateTimeInput source="occurredAt" isRequired />
        <SelectInput source="category" choices={categoryChoices} isRequired />
      </Box>
      <LevelInput helperText={translate('beredskab.incidents.deadlineHelp')} />
      <DateTimeInput source="levelSetAt" helperText={translate('beredskab.incidents.levelSetAtHelp')} />
      <Box display="flex" gap={2} flexWrap="wrap" alignItems="center">
        <BooleanInput source="policeCase" />
        <SelectInput source="activatedBy" choices={activatorChoices} isRequired />
        <BooleanInput source="exercise" helperText={translate('beredskab.incidents.exerciseHelp')} />
        <CallInAnywayInput />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <NumberInput source="involvedCount" step={1} min={0} />
        <SelectInput source="escalationRisk" choices={riskChoices} />
      </Box>
      <TextInput
        source="description"
        isRequired
        multiline
        minRows={3}
        fullWidth
        helperText={translate('beredskab.incidents.descriptionHelp')}
      />
      <TextInput
        source="confidentialNotes"
        multiline
        minRows={2}
        fullWidth
        helperText={translate('beredskab.incidents.confidentialHelp')}
      />
      <Box display="flex" gap={2} flexWrap="wrap">
        <DateTimeInput
          source="meetingPlannedAt"
          helperText={translate('beredskab.incidents.meetingPlannedAtHelp')}
        />
        <DateTimeInput source="meetingHeldAt" />
        <SelectInput source="status" choices={statusChoices} />
      </Box>
    </>
  );
};
