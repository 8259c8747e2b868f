import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, type HttpError } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';
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
export function useSaveGrid(programmeId: number, year: number, edits: GridEdits) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
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
      const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
      if (errors) edits.setServerErrors(errors);
      // A year locked meanwhile: the grid is fetched again and shows the lock.
      if (error.status === 409)
        void queryClient.invalidateQueries({ queryKey: gridQueryKey(programmeId, year) });
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      });
    },
  });
}
