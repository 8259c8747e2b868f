import { measurementSchema } from '../../domain/kpiSchemas';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { MeasurementInputs } from './MeasurementInputs';
import { MeasurementTitle } from './MeasurementTitle';

export const MeasurementEdit = () => (
  <SafeEdit title={<MeasurementTitle />}>
    <SchemaForm schema={measurementSchema}>
      <MeasurementInputs />
    </SchemaForm>
  </SafeEdit>
);
