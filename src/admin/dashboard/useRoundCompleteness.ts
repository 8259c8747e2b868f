import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetList, type Identifier } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const IN = new Set(['submitted', 'approved']);

/**
 * A round's progress, and the indicators still owed: each reporter not yet in (not started, a
 * draft, returned) still owes every indicator it is assigned. By organisation, as the board sees it.
 */
export function useRoundCompleteness(roundId: Identifier | undefined, programmeId: number) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { data: progress } = useQuery({
    queryKey: ['reportingRounds', 'progress', roundId ?? 0],
    queryFn: () => dataProvider.roundProgress(roundId!),
    enabled: roundId !== undefined,
  });
  const { data: reporters = [] } = useGetList(
    'reporters',
    {
      filter: { programmeId },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'organisation', order: 'ASC' },
    },
    { enabled: roundId !== undefined },
  );
  const owing = new Set(progress?.reporters.filter((r) => !IN.has(r.status)).map((r) => r.reporterId));
  const missing = reporters
    .filter((r) => owing.has(r.id as number))
    .flatMap((r) =>
      ((r.assignments ?? []) as { indicatorId: number }[]).map((a) => ({
        indicatorId: a.indicatorId,
        organisation: r.organisation as string,
      })),
    );
  return { progress, missing };
}
