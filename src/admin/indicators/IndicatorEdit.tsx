import { indicatorSchema } from '../../domain/kpiSchemas';
import { SafeEdit } from '../misc/SafeEdit';
import { SchemaForm } from '../misc/SchemaForm';
import { IndicatorInputs } from './IndicatorInputs';

export const IndicatorEdit = () => (
  <SafeEdit>
    <SchemaForm schema={indicatorSchema}>
      <IndicatorInputs />
    </SchemaForm>
  </SafeEdit>
);
