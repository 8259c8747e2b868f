import { Alert } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useMailConfigured } from '../providers/useMailStatus';

/**
 * Why the mails say "Ikke sendt": the server has no SMTP setting. Said where editors and programme
 * administrators read the mails; the system administrator has the banner on every page.
 */
export const MailNotSentNote = () => {
  const translate = useTranslate();
  const configured = useMailConfigured();
  const { permissions } = usePermissions();
  if (configured !== false || permissions === 'admin') return null;
  return (
    <Alert severity="warning" role="status" sx={{ my: 1 }}>
      {translate('beredskab.mail.notSent')}
    </Alert>
  );
};
