import { NumberInput } from 'react-admin';
import { AreaInput } from '../forms/AreaInput';
import { IndicatorInput } from './IndicatorInput';

export const measurementFilters = [
  <IndicatorInput key="indicatorId" alwaysOn />,
  <AreaInput key="areaId" alwaysOn />,
  <NumberInput key="year" source="year" step={1} alwaysOn />,
];
