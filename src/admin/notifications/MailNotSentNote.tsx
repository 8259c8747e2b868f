import { Alert } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { useMailConfigured, useSmsConfigured } from '../providers/useMailStatus';

/**
 * Why the messages say "Ikke sendt": the server has no SMTP setting, or no SMS gateway. Said
 * where editors and programme administrators read the messages; the system administrator has
 * the banner on every page.
 */
export const MailNotSentNote = () => {
  const translate = useTranslate();
  const mail = useMailConfigured();
  const sms = useSmsConfigured();
  const { permissions } = usePermissions();
  if (permissions === 'admin') return null;
  return (
    <>
      {mail === false && (
        <Alert severity="warning" role="status" sx={{ my: 1 }}>
          {translate('beredskab.mail.notSent')}
        </Alert>
      )}
      {sms === false && (
        <Alert severity="warning" role="status" sx={{ my: 1 }}>
          {translate('beredskab.sms.notSent')}
        </Alert>
      )}
    </>
  );
};
