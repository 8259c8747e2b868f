import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate, type HttpError } from 'react-admin';
import type { KpiGrid } from '../api/kpiGrid';
import { useIntlLocale } from '../formatting/useIntlLocale';
import type { BeredskabDataProvider } from '../providers/dataProvider';
import { cellKey } from './gridModel';
import type { GridEdits } from './useGridEdits';

export const gridQueryKey = (programmeId: number, year: number) => ['kpi', 'grid', programmeId, year];

export function useKpiGrid(programmeId: number, year: number) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({
    queryKey: gridQueryKey(programmeId, year),
    queryFn: () => dataProvider.kpiGrid(programmeId, year),
  });
}

/**
 * Saves the changed cells in one PUT. The server stores all or nothing; its errors per
 * cell go back to the cells, and the statistics are fetched anew after a save.
 */
function changedMeanwhile(
  keys: string[],
  grid: KpiGrid | undefined,
  translate: (key: string, options?: object) => string,
  format: (value: number | undefined) => string,
): Record<string, string> {
  const now = new Map(grid?.cells.map((c) => [cellKey(c.indicatorId, c.areaId), c.value]));
  return Object.fromEntries(
    keys.map((key) => [
      key,
      translate('beredskab.kpiGrid.changedMeanwhile', { value: format(now.get(key)) }),
    ]),
  );
}

export function useSaveGrid(programmeId: number, year: number, edits: GridEdits) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const number = new Intl.NumberFormat(useIntlLocale());
  const format = (value: number | undefined) => (value === undefined ? '–' : number.format(value));
  return useMutation({
    mutationFn: () => dataProvider.saveKpiGrid(programmeId, year, edits.changes),
    onSuccess: ({ saved, grid }) => {
      queryClient.setQueryData(gridQueryKey(programmeId, year), grid);
      edits.reset();
      notify('beredskab.kpiGrid.saved', { type: 'success', messageArgs: { smart_count: saved } });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      void queryClient.invalidateQueries({ queryKey: ['measurements'] });
    },
    onError: (error: HttpError) => {
      const body = error.body as
        { errors?: Record<string, string>; cells?: string[]; grid?: KpiGrid } | undefined;
      if (body?.errors) edits.setServerErrors(body.errors);
      // Figures someone else changed meanwhile: each says what it is now; saving again overwrites it.
      if (body?.cells) edits.setNotices(changedMeanwhile(body.cells, body.grid, translate, format));
      // A year locked meanwhile, or newer figures: the grid is fetched again and shows them.
      if (error.status === 409)
        void queryClient.invalidateQueries({ queryKey: gridQueryKey(programmeId, year) });
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      });
    },
  });
}
