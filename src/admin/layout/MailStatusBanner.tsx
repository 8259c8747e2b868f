import { Alert } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useMailConfigured } from '../providers/useMailStatus';

/**
 * Tells the system administrator, on every page, that the server keeps mails unsent (no
 * SMTP_URL): a call-in would otherwise look sent. Editors read it where the mails are listed.
 */
export const MailStatusBanner = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const configured = useMailConfigured();
  if (permissions !== 'admin' || configured !== false) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mt: 1 }}>
      {translate('beredskab.mail.notConfigured')}
    </Alert>
  );
};
