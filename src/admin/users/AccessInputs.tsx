import { BooleanInput, FormDataConsumer } from 'react-admin';
import { useGrants } from '../providers/useGrants';
import { MembershipsInput } from './MembershipsInput';

/**
 * Access is chosen once: a role per programme row, or (only by a system administrator) the
 * system administrator's own role, which holds everywhere and needs no rows.
 */
export const AccessInputs = () => {
  const grants = useGrants();
  return (
    <>
      {grants?.role === 'admin' && (
        <BooleanInput
          source="role"
          label="beredskab.roles.admin"
          format={(role: unknown) => role === 'admin'}
          parse={(checked: boolean) => (checked ? 'admin' : 'editor')}
          helperText="beredskab.users.roleHelp"
        />
      )}
      <FormDataConsumer>
        {({ formData }) => (formData.role === 'admin' ? null : <MembershipsInput />)}
      </FormDataConsumer>
    </>
  );
};
