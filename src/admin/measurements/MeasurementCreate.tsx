import { Create } from 'react-admin';
import { measurementSchema } from '../../domain/kpiSchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={measurementSchema} defaultValues={{ year: new Date().getFullYear() - 1 }}>
      <MeasurementInputs />
    </SchemaForm>
  </Create>
);
