import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';
import type { ShownNotification } from './useNotificationText';

/**
 * "Send igen" on a failed mail: queued again, then every mail list is fetched anew. MUI's
 * button, not react-admin's, so a phone shows its words and not an icon alone.
 */
export const RetryButton = (_props: { label?: string }) => {
  const mail = useRecordContext<ShownNotification>();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const retry = useMutation({
    mutationFn: (id: number) => dataProvider.retryNotification(id),
    onSuccess: () => {
      notify('beredskab.callIn.retried', { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
  if (!mail || mail.status !== 'failed') return null;
  return (
    <Button
      aria-label={translate('beredskab.callIn.retryLabel', {
        kind: translate(`beredskab.notificationKinds.${mail.kind}`),
        to: mail.to,
      })}
      variant="outlined"
      size="small"
      disabled={retry.isPending}
      // The row's click opens the mail: the button's must not.
      onClick={(event) => {
        event.stopPropagation();
        retry.mutate(mail.id);
      }}
      startIcon={<ReplayIcon />}
      sx={{ minHeight: 44, whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {translate('beredskab.callIn.retry')}
    </Button>
  );
};
