import { Create } from 'react-admin';
import { copenhagenYear } from '../../domain/copenhagenDay';
import { measurementSchema } from '../../domain/kpiSchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={measurementSchema} defaultValues={{ year: copenhagenYear(new Date()) - 1 }}>
      <MeasurementInputs />
    </SchemaForm>
  </Create>
);
