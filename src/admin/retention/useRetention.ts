import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const KEY = ['retention', 'preview'];

export function useRetentionPreview() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({ queryKey: KEY, queryFn: () => dataProvider.retentionPreview() });
}

/** "Slet nu": the server erases what is due, the counts are said, and every page is fetched anew. */
export function useEraseNow() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => dataProvider.runRetention(),
    onSuccess: ({ counts }) => {
      notify('beredskab.retention.erased', { type: 'success', messageArgs: counts });
      // Erased notes must not linger in pages already fetched. Awaited, so the mutation stays
      // pending (and "Slet nu" off) until the counts beside it are fresh.
      return queryClient.invalidateQueries();
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
}
