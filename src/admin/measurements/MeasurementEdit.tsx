import { measurementSchema } from '../../domain/kpiSchemas';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementEdit = () => (
  <SafeEdit>
    <SchemaForm schema={measurementSchema}>
      <MeasurementInputs />
    </SchemaForm>
  </SafeEdit>
);
