import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const failed = (notify: ReturnType<typeof useNotify>) => (error: Error) =>
  notify(error.message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: error.message } });

/** "Nulstil totrinsbekræftelse": the factor goes, the user's sessions end; the record is fetched again. */
export function useResetSecondFactor(userId: Identifier) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => dataProvider.resetSecondFactor(userId),
    onSuccess: () => {
      notify('beredskab.signIn.resetDone', { type: 'success' });
      refresh();
    },
    onError: failed(notify),
  });
}

/** "Log ud overalt": every session of the user ends (the administrator's own current one stays). */
export function useEndUserSessions(userId: Identifier) {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => dataProvider.endUserSessions(userId),
    onSuccess: ({ ended }) =>
      notify('beredskab.signIn.sessionsEnded', { type: 'success', messageArgs: { smart_count: ended } }),
    onError: failed(notify),
  });
}
