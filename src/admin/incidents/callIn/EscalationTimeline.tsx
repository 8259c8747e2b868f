import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDate } from '../../formatting/useFormatDate';
import { ChannelLabel } from '../../notifications/ChannelField';
import { escalationTimeline, type SentEntry, type TimelineEntry } from './escalationTimeline';
import { useIncidentNotifications } from './useCalledPeople';

/**
 * "Eskalering" beside the deadline and meeting status: when whom was called by which channel,
 * how the SMS went, and who answered, in Copenhagen time. Not for the board (it reads no messages).
 */
export const EscalationTimeline = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const { canAccess, data } = useIncidentNotifications(incident ? Number(incident.id) : undefined);
  const entries = escalationTimeline(data);
  if (!canAccess || entries.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="incident-escalation-title" sx={{ width: '100%' }}>
      <Typography variant="caption" color="text.secondary" component="div" id="incident-escalation-title">
        {translate('beredskab.escalation.title')}
      </Typography>
      <Box component="ol" aria-labelledby="incident-escalation-title" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {entries.map((entry, index) => (
          <EntryItem key={index} entry={entry} previous={entries[index - 1]} />
        ))}
      </Box>
    </Box>
  );
};

const EntryItem = ({ entry, previous }: { entry: TimelineEntry; previous?: TimelineEntry }) => {
  const format = useFormatDate();
  // The day only when it changes: a call-in at 22.04 answered after midnight.
  const day =
    !previous || format.day(previous.at) !== format.day(entry.at) ? format.dayMonth(entry.at) : null;
  return (
    <Box
      component="li"
      sx={{ display: 'grid', gridTemplateColumns: '3.5rem 1fr', columnGap: 1, py: 0.5 }}
      className="escalation-entry"
    >
      <Typography
        variant="body2"
        component="span"
        fontWeight={600}
        sx={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {format.time(entry.at)}
        {day && (
          <Typography variant="caption" component="span" display="block" color="text.secondary">
            {day}
          </Typography>
        )}
      </Typography>
      {entry.type === 'sent' ? (
        <SentText entry={entry} />
      ) : (
        <ReplyText name={entry.name} reply={entry.reply} />
      )}
    </Box>
  );
};

const SentText = ({ entry }: { entry: SentEntry }) => {
  const translate = useTranslate();
  const whom =
    entry.channel === 'teams'
      ? translate('beredskab.escalation.teams')
      : translate(`beredskab.escalation.to.${entry.step}`, { smart_count: entry.count });
  const delivery = [
    entry.delivered > 0 && translate('beredskab.escalation.delivered', { smart_count: entry.delivered }),
    entry.waiting > 0 && translate('beredskab.escalation.waiting', { smart_count: entry.waiting }),
  ].filter(Boolean);
  return (
    <Box minWidth={0}>
      <Typography
        variant="body2"
        component="span"
        sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}
      >
        <ChannelLabel channel={entry.channel} /> {whom}
      </Typography>
      {delivery.length > 0 && (
        <Typography variant="caption" component="div" color="text.secondary">
          {delivery.join(', ')}
        </Typography>
      )}
      {entry.failed.length > 0 && (
        <Typography variant="caption" component="div" color="error">
          {translate('beredskab.escalation.failed', {
            smart_count: entry.failed.length,
            names: entry.failed.join(', '),
          })}
        </Typography>
      )}
    </Box>
  );
};

const ReplyText = ({ name, reply }: { name: string; reply: 'yes' | 'no' }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="span" fontWeight={reply === 'yes' ? 600 : undefined}>
      {translate(`beredskab.escalation.reply.${reply}`, { name })}
    </Typography>
  );
};
