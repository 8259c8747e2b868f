import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { BeredskabDataProvider } from './dataProvider';

/**
 * Whether the server sends mail (false without SMTP_URL: mails are kept unsent), for those who
 * read the mails (administrators and editors); undefined for others and while asked. Asked once
 * per session: the setting changes only with a restart.
 */
export function useMailConfigured(): boolean | undefined {
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
  return canAccess ? data?.configured : undefined;
}
