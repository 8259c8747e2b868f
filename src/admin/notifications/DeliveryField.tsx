import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useNotificationText, type ShownNotification } from './useNotificationText';

/** Ikke sendt / Sendt 23.11.2026 13.05 / Fejlet: <the server's error>, forsøg 5. */
export const DeliveryField = ({ brief }: { label?: string; source?: string; brief?: boolean }) => {
  const mail = useRecordContext<ShownNotification>();
  const text = useNotificationText();
  if (!mail) return null;
  return (
    <Typography variant="body2" component="span" color={mail.status === 'failed' ? 'error' : undefined}>
      {text.delivery(mail, brief)}
    </Typography>
  );
};
