import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { EscalationTimeline as Timeline } from '../../../domain/escalationTimeline';
import { useFormatDate } from '../../formatting/useFormatDate';
import { ChannelLabel } from '../../notifications/ChannelField';
import { useEscalation } from './useEscalation';

type Step = Timeline['steps'][number];
type Answer = Timeline['answers'][number];
type Entry = ({ type: 'step' } & Step) | ({ type: 'answer' } & Answer);

/**
 * "Eskalering" beside the deadline and meeting status: when whom was called by which channel,
 * how the SMS went, who answered, and the next step, in Copenhagen time. The server computes
 * it (`/api/incidents/:id/escalation`); not for the board, which reads no messages.
 */
export const EscalationTimeline = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const timeline = useEscalation(incident ? Number(incident.id) : undefined);
  if (!timeline || (timeline.steps.length === 0 && !timeline.next)) return null;
  const entries: Entry[] = [
    ...timeline.steps.map((s) => ({ type: 'step' as const, ...s })),
    ...timeline.answers.map((a) => ({ type: 'answer' as const, ...a })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Box component="section" aria-labelledby="incident-escalation-title" sx={{ width: '100%' }}>
      <Typography variant="caption" color="text.secondary" component="div" id="incident-escalation-title">
        {translate('beredskab.escalation.title')}
      </Typography>
      <Box component="ol" aria-labelledby="incident-escalation-title" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {entries.map((entry, index) => (
          <EntryItem key={index} at={entry.at} previous={entries[index - 1]?.at}>
            {entry.type === 'step' ? <StepText step={entry} /> : <AnswerText answer={entry} />}
          </EntryItem>
        ))}
      </Box>
      {timeline.next ? (
        <Typography variant="body2" color="text.secondary" mt={0.5}>
          {translate(`beredskab.escalation.next.${timeline.next.step}`, {
            at: format.time(timeline.next.at),
          })}
        </Typography>
      ) : (
        timeline.stopped &&
        timeline.applies && (
          <Typography variant="body2" color="text.secondary" mt={0.5}>
            {translate('beredskab.escalation.stopped')}
          </Typography>
        )
      )}
    </Box>
  );
};

const EntryItem = ({ at, previous, children }: { at: string; previous?: string; children: ReactNode }) => {
  const format = useFormatDate();
  // The day only when it changes: a call-in at 23.50 answered after midnight.
  const day = previous && format.day(previous) !== format.day(at) ? format.dayMonth(at) : null;
  return (
    <Box component="li" sx={{ display: 'grid', gridTemplateColumns: '3.5rem 1fr', columnGap: 1, py: 0.5 }}>
      <Typography
        variant="body2"
        component="span"
        fontWeight={600}
        sx={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {format.time(at)}
        {day && (
          <Typography variant="caption" component="span" display="block" color="text.secondary">
            {day}
          </Typography>
        )}
      </Typography>
      <Box minWidth={0}>{children}</Box>
    </Box>
  );
};

const StepText = ({ step }: { step: Step }) => {
  const translate = useTranslate();
  const whom =
    step.channel === 'teams'
      ? translate('beredskab.escalation.teams')
      : translate(`beredskab.escalation.to.${step.step}`, { smart_count: step.count });
  const waiting = step.count - step.sent - step.failed;
  const delivery = [
    step.channel === 'sms' &&
      step.delivered > 0 &&
      translate('beredskab.escalation.delivered', { smart_count: step.delivered }),
    waiting > 0 && translate('beredskab.escalation.waiting', { smart_count: waiting }),
  ].filter(Boolean);
  return (
    <>
      <Typography
        variant="body2"
        component="span"
        sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}
      >
        <ChannelLabel channel={step.channel} /> {whom}
      </Typography>
      {delivery.length > 0 && (
        <Typography variant="caption" component="div" color="text.secondary">
          {delivery.join(', ')}
        </Typography>
      )}
      {step.failed > 0 && (
        <Typography variant="caption" component="div" color="error">
          {translate('beredskab.escalation.failed', { smart_count: step.failed })}
        </Typography>
      )}
    </>
  );
};

const AnswerText = ({ answer }: { answer: Answer }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="span" fontWeight={answer.reply === 'yes' ? 600 : undefined}>
      {translate(`beredskab.escalation.reply.${answer.reply}`, { name: answer.name ?? '–' })}
    </Typography>
  );
};
