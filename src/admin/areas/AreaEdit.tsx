import { areaSchema } from '../../domain/areaSchema';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { AreaInputs } from './AreaInputs';

export const AreaEdit = () => (
  <SafeEdit>
    <SchemaForm schema={areaSchema}>
      <AreaInputs />
    </SchemaForm>
  </SafeEdit>
);
