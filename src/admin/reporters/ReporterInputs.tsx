import { ArrayInput, SimpleFormIterator, TextInput, email, required, useTranslate } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { AssignmentsInput } from './AssignmentsInput';
import { ContactPicker } from './ContactPicker';

/** An organisation, whom to mail in it, and which indicator × areas it owes in every round. */
export const ReporterInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <ProgrammeInput isRequired />
      <TextInput source="organisation" validate={required()} sx={{ minWidth: { sm: 360 } }} />
      <ArrayInput source="contacts" validate={required()}>
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" validate={required()} helperText={false} />
          <TextInput source="email" type="email" validate={[required(), email()]} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ContactPicker label={translate('beredskab.reporters.pickContact')} />
      <AssignmentsInput />
    </>
  );
};
