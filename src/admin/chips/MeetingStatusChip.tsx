import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MeetingStatus } from '../../domain/deadlines';
import { useFormatDate } from '../formatting/useFormatDate';

const COLOUR: Record<MeetingStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  notRequired: 'default',
  pending: 'warning',
  planned: 'info',
  onTime: 'success',
  late: 'error',
  overdue: 'error',
};

/**
 * Whether the response meeting was held in time, or when it is planned; the server decides,
 * the panel shows. A span, so that it may stand in a line of text (a phone list's row).
 */
export const MeetingStatusChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const status = record?.meetingStatus as MeetingStatus | undefined;
  if (!status) return null;
  const plannedAt = typeof record?.meetingPlannedAt === 'string' ? record.meetingPlannedAt : null;
  const label =
    status === 'planned' && plannedAt
      ? translate('beredskab.meetingStatuses.plannedAt', {
          day: format.dayMonth(plannedAt),
          time: format.time(plannedAt),
        })
      : translate(`beredskab.meetingStatuses.${status}`);
  return (
    <Chip
      component="span"
      size="small"
      variant={status === 'notRequired' ? 'outlined' : 'filled'}
      color={COLOUR[status]}
      label={label}
      className={`meeting-status meeting-status-${status}`}
    />
  );
};
