import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

export const progressKey = (roundId: Identifier) => ['reportingRounds', 'progress', roundId];

/** The round's counts and each reporter's state, fetched anew after every review action. */
export function useRoundProgress(roundId: Identifier | undefined) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({
    queryKey: progressKey(roundId ?? 0),
    queryFn: () => dataProvider.roundProgress(roundId!),
    enabled: roundId !== undefined,
  });
}
