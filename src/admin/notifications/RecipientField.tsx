import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { MailAddress } from './MailAddress';
import type { ShownNotification } from './useNotificationText';

/** The recipient's name over the address the mail went to (the board has an address only). */
export const RecipientField = (_props: { label?: string; source?: string }) => {
  const mail = useRecordContext<ShownNotification>();
  const translate = useTranslate();
  if (!mail) return null;
  // Wide enough that an everyday address wraps, if at all, after its @.
  return (
    <Box sx={{ minWidth: '13rem' }}>
      {mail.name && (
        <Typography variant="body2" component="div">
          {mail.name}
        </Typography>
      )}
      <Typography variant="body2" component="div" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {mail.to === null ? translate('beredskab.callIn.erased') : <MailAddress to={mail.to} />}
      </Typography>
    </Box>
  );
};
