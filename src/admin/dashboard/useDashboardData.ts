import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PeriodQuery } from '../api/period';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/** The one request the page makes for its content; the previous year stays shown while the next loads. */
export function useDashboardData(period: PeriodQuery) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({
    queryKey: ['stats', 'dashboard', period],
    queryFn: () => dataProvider.dashboard(period),
    placeholderData: keepPreviousData,
  });
}
