import { DateInput } from 'react-admin';
import { AreaInput } from '../forms/AreaInput';
import { ActivityInput } from './ActivityInput';

export const activityLogFilters = [
  <ActivityInput key="activityId" alwaysOn />,
  <AreaInput key="areaId" alwaysOn />,
  <DateInput key="date_gte" source="date_gte" alwaysOn />,
  <DateInput key="date_lte" source="date_lte" alwaysOn />,
];
