import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetList, type RaRecord } from 'react-admin';
import { largeChange } from '../../domain/reportingRules';
import type { ReportItem, ReportStatus } from '../api/reporting';
import type { BeredskabDataProvider } from '../providers/dataProvider';
import { cellKey } from '../kpiGrid/gridModel';

export interface ReviewItem extends ReportItem {
  largeChange: boolean;
}

export interface ReviewedSubmission {
  status: ReportStatus;
  submittedAt: string | null;
  returnComment: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  items: ReviewItem[];
}

/**
 * One reporter's report in a round (the server's `reportingSubmissions`, read-only), each figure
 * beside last year's figure from the grid of the year before, with names and units from this year's.
 */
export function useSubmission(round: RaRecord, reporterId: number) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const programmeId = round.programmeId as number;
  const year = round.year as number;
  const submissions = useGetList('reportingSubmissions', {
    filter: { roundId: round.id, reporterId },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const grids = useQuery({
    queryKey: ['kpi', 'review', programmeId, year],
    queryFn: async () => ({
      now: await dataProvider.kpiGrid(programmeId, year),
      before: await dataProvider.kpiGrid(programmeId, year - 1),
    }),
  });
  const stored = submissions.data?.[0];
  if (!stored || !grids.data)
    return { isPending: submissions.isPending || grids.isPending, error: submissions.error ?? grids.error };
  const { now, before } = grids.data;
  const indicators = new Map(now.indicators.map((i) => [i.id, i]));
  const areas = new Map(now.areas.map((a) => [a.id, a.name]));
  const lastYear = new Map(before.cells.map((c) => [cellKey(c.indicatorId, c.areaId), c.value]));
  const items = (
    (stored.items ?? []) as {
      indicatorId: number;
      areaId: number | null;
      value: number | null;
      comment: string | null;
    }[]
  ).map((item): ReviewItem => {
    const indicator = indicators.get(item.indicatorId);
    const unit = indicator?.unit ?? 'count';
    const previous = lastYear.get(cellKey(item.indicatorId, item.areaId)) ?? null;
    return {
      ...item,
      name: indicator?.name ?? '',
      unit,
      areaName: item.areaId === null ? null : (areas.get(item.areaId) ?? ''),
      lastYear: previous,
      baseline: null,
      target: null,
      largeChange: largeChange(unit, previous, item.value),
    };
  });
  const submission: ReviewedSubmission = {
    status: stored.status as ReportStatus,
    submittedAt: (stored.submittedAt as string | null) ?? null,
    returnComment: (stored.returnComment as string | null) ?? null,
    approvedBy: (stored.approvedBy as string | null) ?? null,
    approvedAt: (stored.approvedAt as string | null) ?? null,
    items,
  };
  return { isPending: false, error: null, submission };
}
