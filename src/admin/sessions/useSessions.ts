import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const KEY = ['auth', 'sessions'];

export function useOwnSessions() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({ queryKey: KEY, queryFn: () => dataProvider.ownSessions() });
}

/** "Log ud" of another of the user's sessions: it ends on the server, and the list is asked again. */
export function useEndSession() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (id: string) => dataProvider.endOwnSession(id),
    onSuccess: () => {
      notify('beredskab.sessions.ended', { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
}
