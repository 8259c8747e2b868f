import { Alert } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useMailConfigured, useSmsConfigured } from '../providers/useMailStatus';

/**
 * Tells the system administrator, on every page, that the server keeps mails (no SMTP_URL) or
 * SMS (no gateway settings) unsent: a call-in would otherwise look sent. Editors read it where
 * the messages are listed.
 */
export const MailStatusBanner = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const mail = useMailConfigured();
  const sms = useSmsConfigured();
  if (permissions !== 'admin') return null;
  return (
    <>
      {mail === false && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {translate('beredskab.mail.notConfigured')}
        </Alert>
      )}
      {sms === false && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {translate('beredskab.sms.notConfigured')}
        </Alert>
      )}
    </>
  );
};
