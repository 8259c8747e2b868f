import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useNotificationText, type ShownNotification } from './useNotificationText';

/** Kan deltage / Kan ikke deltage / Intet svar, with when; a dash for a mail that asks nothing. */
export const ReplyField = (_props: { label?: string; source?: string }) => {
  const mail = useRecordContext<ShownNotification>();
  const text = useNotificationText();
  if (!mail) return null;
  return (
    <Typography variant="body2" component="span">
      {text.reply(mail) ?? '–'}
    </Typography>
  );
};
