import { areaSchema } from '../../domain/areaSchema';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { AreaInputs } from './AreaInputs';

export const AreaEdit = () => (
  <SafeEdit>
    <SchemaForm schema={areaSchema}>
      <AreaInputs />
    </SchemaForm>
  </SafeEdit>
);
