import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/**
 * A round's progress, and the indicators still owed, by organisation as the board sees it (the
 * progress names no contact). An indicator owed for several areas is named once per organisation.
 */
export function useRoundCompleteness(roundId: Identifier | undefined) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { data: progress } = useQuery({
    queryKey: ['reportingRounds', 'progress', roundId ?? 0],
    queryFn: () => dataProvider.roundProgress(roundId!),
    enabled: roundId !== undefined,
  });
  const seen = new Set<string>();
  const missing = (progress?.reporters ?? []).flatMap((r) =>
    r.missing.flatMap((m) => {
      const key = `${r.reporterId}:${m.indicatorId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ key, indicator: m.indicator ?? '', organisation: r.organisation }];
    }),
  );
  return { progress, missing };
}
