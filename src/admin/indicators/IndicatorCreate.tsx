import { Create } from 'react-admin';
import { indicatorSchema } from '../../domain/kpiSchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { IndicatorInputs } from './IndicatorInputs';

const defaults = {
  unit: 'count',
  direction: 'lower',
  baselineYear: new Date().getFullYear() - 1,
  target: { rule: 'relativePerYear', percentPerYear: -5, capAtBaseline: true },
  period: 'calendarYear',
  perArea: true,
};

export const IndicatorCreate = () => (
  <Create redirect="show">
    <SchemaForm schema={indicatorSchema} defaultValues={defaults}>
      <IndicatorInputs />
    </SchemaForm>
  </Create>
);
