import { Box } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, useTranslate } from 'react-admin';
import { IndicatorInput } from './IndicatorInput';

export const MeasurementInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <IndicatorInput isRequired />
      <ReferenceInput source="areaId" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" helperText={translate('beredskab.measurements.areaHelp')} />
      </ReferenceInput>
      <Box display="flex" gap={2} flexWrap="wrap">
        <NumberInput source="year" step={1} isRequired />
        <NumberInput source="value" isRequired />
      </Box>
      <TextInput source="source" fullWidth />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </>
  );
};
