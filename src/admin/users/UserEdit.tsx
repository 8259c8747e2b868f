import { BooleanInput, SaveButton, TextInput, Toolbar } from 'react-admin';
import { userUpdateSchema } from '../../domain/userSchema';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { AccessInputs } from './AccessInputs';
import { DirectorySignInField } from './DirectorySignInField';
import { PasswordLinkButton } from './PasswordLinkButton';
import { accessTransform } from './accessTransform';
import { SignInSection } from './SignInSection';

/** Save only: users are deactivated, never deleted. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const UserEdit = () => (
  <SafeEdit transform={accessTransform}>
    <SchemaForm schema={userUpdateSchema} toolbar={<SaveOnly />}>
      <TextInput source="username" readOnly />
      <DirectorySignInField />
      <TextInput source="fullName" fullWidth />
      <TextInput source="email" type="email" autoComplete="off" fullWidth />
      <TextInput source="phone" type="tel" autoComplete="off" helperText="beredskab.users.phoneHelp" />
      <AccessInputs />
      <PasswordLinkButton />
      <BooleanInput source="active" helperText="beredskab.users.activeHelp" />
      <NewPasswordInput
        source="password"
        label="beredskab.users.newPassword"
        helperText="beredskab.users.newPasswordHelp"
      />
      <SignInSection />
    </SchemaForm>
  </SafeEdit>
);
