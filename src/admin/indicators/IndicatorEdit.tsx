import { indicatorSchema } from '../../domain/kpiSchemas';
import { SafeEdit } from '../forms/SafeEdit';
import { SchemaForm } from '../forms/SchemaForm';
import { IndicatorInputs } from './IndicatorInputs';

export const IndicatorEdit = () => (
  <SafeEdit>
    <SchemaForm schema={indicatorSchema}>
      <IndicatorInputs />
    </SchemaForm>
  </SafeEdit>
);
