import { ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { roleChoices } from '../users/choices';

/** The claim value, the role, and the programme unless the role is the system administrator's. */
export const DirectoryMappingInputs = () => {
  const role = useWatch({ name: 'role' }) as string | undefined;
  return (
    <>
      <TextInput
        source="claimValue"
        validate={required()}
        fullWidth
        helperText="beredskab.signIn.claimValueHelp"
      />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      {role !== 'admin' && (
        <ReferenceInput source="programmeId" reference="programmes" sort={{ field: 'name', order: 'ASC' }}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
    </>
  );
};

/** The system administrator's role holds in every programme: no programme is sent with it. */
export const mappingTransform = (data: Record<string, unknown>) => ({
  claimValue: data.claimValue,
  role: data.role,
  programmeId: data.role === 'admin' ? null : (data.programmeId ?? null),
});
