import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportStatus } from '../api/reporting';

const COLOUR: Record<ReportStatus, 'default' | 'success' | 'warning' | 'info'> = {
  notStarted: 'default',
  draft: 'default',
  submitted: 'info',
  returned: 'warning',
  approved: 'success',
};

/** Where a reporter's part of a round stands. */
export const ReportStatusChip = ({ status }: { status: ReportStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      component="span"
      size="small"
      color={COLOUR[status]}
      variant={status === 'draft' || status === 'notStarted' ? 'outlined' : 'filled'}
      label={translate(`beredskab.rounds.reportStatuses.${status}`)}
    />
  );
};
