import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { RoundStatus } from '../api/reporting';

const COLOUR: Record<RoundStatus, 'default' | 'success' | 'info'> = {
  draft: 'default',
  open: 'success',
  closed: 'info',
};

/** A round's state: a draft being prepared, open (links work), closed. */
export const RoundStatusChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record?.status as RoundStatus | undefined;
  if (!status) return null;
  return (
    <Chip
      component="span"
      size="small"
      color={COLOUR[status]}
      label={translate(`beredskab.rounds.status.${status}`)}
    />
  );
};
