import { measurementSchema } from '../../domain/kpiSchemas';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { MeasurementInputs } from './MeasurementInputs';
import { MeasurementTitle } from './MeasurementTitle';

export const MeasurementEdit = () => (
  <SafeEdit title={<MeasurementTitle />}>
    <SchemaForm schema={measurementSchema}>
      <MeasurementInputs />
    </SchemaForm>
  </SafeEdit>
);
