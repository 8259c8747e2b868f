import ForumIcon from '@mui/icons-material/Forum';
import MailIcon from '@mui/icons-material/MailOutline';
import SmsIcon from '@mui/icons-material/Sms';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { channelOf } from '../../domain/notificationSchema';

const ICONS: Record<string, typeof MailIcon> = { mail: MailIcon, sms: SmsIcon, teams: ForumIcon };

/** Mail / SMS / Teams: an icon and its word, never the icon alone. */
export const ChannelLabel = ({ channel }: { channel: string }) => {
  const translate = useTranslate();
  const Icon = ICONS[channel] ?? MailIcon;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
    >
      <Icon fontSize="small" aria-hidden />
      {translate(`beredskab.notificationChannels.${channel}`, { _: channel })}
    </Box>
  );
};

export const ChannelField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <ChannelLabel channel={channelOf(record as { channel?: unknown })} />;
};
