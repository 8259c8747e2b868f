import { Create } from 'react-admin';
import { areaSchema } from '../../domain/areaSchema';
import { SchemaForm } from '../forms/SchemaForm';
import { AreaInputs } from './AreaInputs';

export const AreaCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={areaSchema}>
      <AreaInputs />
    </SchemaForm>
  </Create>
);
