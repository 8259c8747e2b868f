import { Create, SelectInput, TextInput } from 'react-admin';
import { userCreateSchema } from '../../domain/userSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { roleChoices } from './choices';
import { NewPasswordInput } from '../misc/NewPasswordInput';

export const UserCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={userCreateSchema}>
      <TextInput source="username" autoComplete="off" />
      <TextInput source="fullName" fullWidth />
      <SelectInput source="role" choices={roleChoices} />
      <NewPasswordInput source="password" />
    </SchemaForm>
  </Create>
);
