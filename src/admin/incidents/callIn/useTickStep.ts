import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, type RaRecord } from 'react-admin';
import type { BeredskabDataProvider } from '../../providers/dataProvider';

/**
 * Ticks or unticks a step. The server answers the incident as it is now (its checklist, its
 * new version), which replaces the shown record, so a later edit does not meet a conflict.
 */
export function useTickStep(incident: RaRecord | undefined) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ step, done }: { step: string; done: boolean }) =>
      dataProvider.tickStep(Number(incident!.id), step, done),
    onSuccess: (record) => {
      // The key react-admin's own useGetOne and useUpdate use for a record.
      queryClient.setQueryData(['incidents', 'getOne', { id: String(record.id), meta: undefined }], record);
      void queryClient.invalidateQueries({ queryKey: ['incidents', 'getList'] });
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
}
