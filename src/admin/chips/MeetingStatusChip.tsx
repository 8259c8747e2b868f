import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MeetingStatus } from '../../domain/deadlines';

const COLOUR: Record<MeetingStatus, 'default' | 'success' | 'warning' | 'error'> = {
  notRequired: 'default',
  pending: 'warning',
  onTime: 'success',
  late: 'error',
  overdue: 'error',
};

/** Whether the response meeting was held in time; the server decides, the panel shows. */
export const MeetingStatusChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record?.meetingStatus as MeetingStatus | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant={status === 'notRequired' ? 'outlined' : 'filled'}
      color={COLOUR[status]}
      label={translate(`beredskab.meetingStatuses.${status}`)}
    />
  );
};
