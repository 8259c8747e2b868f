import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useNotify } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/** "Kom i gang", for administrators: fetched again on every visit, since a step done anywhere counts. */
export function useStart() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'start' });
  const query = useQuery({
    queryKey: ['start'],
    queryFn: () => dataProvider.start(),
    enabled: canAccess === true,
    retry: false,
  });
  return { ...query, canAccess };
}

/** "Fjern demodata": the server removes the demo programmes, says what went, and every page is fetched anew. */
export function useRemoveDemo() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => dataProvider.removeDemo(),
    onSuccess: (removed) => {
      notify('beredskab.start.demo.removed', {
        type: 'success',
        messageArgs: { names: removed.programmes.map((p) => p.name).join(', ') },
      });
      return queryClient.invalidateQueries();
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
}
