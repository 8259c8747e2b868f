import { Edit } from 'react-admin';
import { areaSchema } from '../../domain/areaSchema';
import { SchemaForm } from '../misc/SchemaForm';
import { AreaInputs } from './AreaInputs';

export const AreaEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SchemaForm schema={areaSchema}>
      <AreaInputs />
    </SchemaForm>
  </Edit>
);
