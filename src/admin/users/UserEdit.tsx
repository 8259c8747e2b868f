import { BooleanInput, SaveButton, SelectInput, TextInput, Toolbar } from 'react-admin';
import { userUpdateSchema } from '../../domain/userSchema';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { roleChoices } from './choices';
import { NewPasswordInput } from '../misc/NewPasswordInput';

/** Save only: users are deactivated, never deleted. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const UserEdit = () => (
  <SafeEdit>
    <SchemaForm schema={userUpdateSchema} toolbar={<SaveOnly />}>
      <TextInput source="username" readOnly />
      <TextInput source="fullName" fullWidth />
      <SelectInput source="role" choices={roleChoices} />
      <BooleanInput source="active" helperText="beredskab.users.activeHelp" />
      <NewPasswordInput
        source="password"
        label="beredskab.users.newPassword"
        helperText="beredskab.users.newPasswordHelp"
      />
    </SchemaForm>
  </SafeEdit>
);
