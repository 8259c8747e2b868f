import { ArrayInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';

/** The checklist every activated incident of the programme shows, one text per step, in order. */
export const ActivationStepsInput = () => {
  const translate = useTranslate();
  return (
    <ArrayInput source="activationSteps" helperText={translate('beredskab.programmes.activationStepsHelp')}>
      {/* Remove and reorder stay visible: shown on hover only, a keyboard could not reach them. */}
      <SimpleFormIterator disableClear sx={{ '& .RaSimpleFormIterator-action': { visibility: 'visible' } }}>
        <TextInput
          source=""
          label="resources.programmes.fields.activationStep"
          helperText={false}
          fullWidth
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
