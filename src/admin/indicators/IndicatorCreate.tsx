import { Create } from 'react-admin';
import { copenhagenYear } from '../../domain/copenhagenDay';
import { indicatorSchema } from '../../domain/kpiSchemas';
import { SchemaForm } from '../forms/SchemaForm';
import { IndicatorInputs } from './IndicatorInputs';

const defaults = {
  unit: 'count',
  direction: 'lower',
  baselineYear: copenhagenYear(new Date()) - 1,
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
