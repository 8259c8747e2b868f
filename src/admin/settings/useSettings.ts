import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { Settings } from '../../domain/settings';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const KEY = ['settings'];

export function useSettings() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({ queryKey: KEY, queryFn: () => dataProvider.settings() });
}

export function useSaveSettings() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (settings: Settings) => dataProvider.saveSettings(settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(KEY, saved);
      notify('beredskab.settings.saved', { type: 'success' });
    },
  });
}
