import { Box, Chip, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { channelOf } from '../../../domain/notificationSchema';
import { ChannelLabel } from '../../notifications/ChannelField';
import { DeliveryField } from '../../notifications/DeliveryField';
import { RetryButton } from '../../notifications/RetryButton';
import { useNotificationText, type ShownNotification } from '../../notifications/useNotificationText';

const REPLY_COLOUR = { yes: 'success', no: 'error' } as const;

/** One message to one person: its kind and channel, how its delivery went, the reply, and "Send igen" when it failed. */
export const MailLine = ({ mail }: { mail: ShownNotification }) => {
  const translate = useTranslate();
  const text = useNotificationText();
  const reply = text.reply(mail);
  return (
    <RecordContextProvider value={mail}>
      <Box
        component="li"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '11rem 1fr auto' },
          columnGap: 2,
          rowGap: 0.5,
          alignItems: 'center',
          py: 0.5,
        }}
      >
        <Typography variant="body2" component="span" fontWeight={500}>
          <span>{translate(`beredskab.notificationKinds.${mail.kind}`)}</span> ·{' '}
          <ChannelLabel channel={channelOf(mail)} />
        </Typography>
        <DeliveryField />
        <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
          {reply && (
            <Chip
              size="small"
              variant={mail.reply ? 'filled' : 'outlined'}
              color={mail.reply ? REPLY_COLOUR[mail.reply] : 'default'}
              label={reply}
            />
          )}
          <RetryButton />
        </Box>
      </Box>
    </RecordContextProvider>
  );
};
