import { FormDataConsumer, SelectInput, useRecordContext } from 'react-admin';
import { emptyMeansAll } from './accessTransform';
import { MembershipsInput } from './MembershipsInput';
import { useRoleChoices } from './useRoleChoices';

/** The role, and for anyone but a system administrator the programmes it holds in. */
export const AccessInputs = ({ creating = false }: { creating?: boolean }) => {
  const record = useRecordContext();
  return (
    <>
      <SelectInput
        source="role"
        choices={useRoleChoices()}
        isRequired
        helperText="beredskab.users.roleHelp"
        sx={{ maxWidth: 560 }}
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.role === 'admin' ? null : (
            <MembershipsInput emptyMeansAll={emptyMeansAll(creating, creating ? undefined : record)} />
          )
        }
      </FormDataConsumer>
    </>
  );
};
