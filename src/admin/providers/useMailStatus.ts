import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { BeredskabDataProvider, MessageStatus } from './dataProvider';

/**
 * What the server says of its senders (mail without SMTP_URL, SMS without the gateway's
 * settings: kept unsent), for those who read the messages (administrators and editors);
 * undefined for others and while asked. Asked once per session: the settings change only
 * with a restart.
 */
function useMessageStatus(): MessageStatus | undefined {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'notifications' });
  const { data } = useQuery({
    queryKey: ['mail', 'status'],
    queryFn: () => dataProvider.mailStatus(),
    enabled: canAccess === true,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  return canAccess ? data : undefined;
}

/** Whether the server sends mail. */
export function useMailConfigured(): boolean | undefined {
  return useMessageStatus()?.configured;
}

/** Whether the server sends SMS (SMS_GATEWAY_URL, SMS_TOKEN, SMS_SENDER); undefined when it does not say. */
export function useSmsConfigured(): boolean | undefined {
  return useMessageStatus()?.smsConfigured;
}
