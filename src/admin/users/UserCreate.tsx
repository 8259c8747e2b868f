import { Create, TextInput } from 'react-admin';
import { userCreateSchema } from '../../domain/userSchema';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { SchemaForm } from '../forms/SchemaForm';
import { AccessInputs } from './AccessInputs';
import { accessTransform } from './accessTransform';

export const UserCreate = () => (
  <Create redirect="show" transform={accessTransform(true)}>
    <SchemaForm schema={userCreateSchema}>
      <TextInput source="username" autoComplete="off" />
      <TextInput source="fullName" fullWidth />
      <AccessInputs creating />
      <NewPasswordInput source="password" />
    </SchemaForm>
  </Create>
);
