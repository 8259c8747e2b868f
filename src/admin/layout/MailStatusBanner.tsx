import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/**
 * Tells admins that the server keeps mails unsent (no SMTP_URL): a call-in would otherwise
 * look sent. Asked once per session; the setting changes only with a restart.
 */
export const MailStatusBanner = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { permissions } = usePermissions();
  const { data } = useQuery({
    queryKey: ['mail', 'status'],
    queryFn: () => dataProvider.mailStatus(),
    enabled: permissions === 'admin',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  if (permissions !== 'admin' || data?.configured !== false) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mt: 1 }}>
      {translate('beredskab.mail.notConfigured')}
    </Alert>
  );
};
