import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PlanStatus } from '../../domain/actionPlanSchema';

const COLOUR: Record<PlanStatus, 'default' | 'info' | 'success'> = {
  draft: 'default',
  approved: 'info',
  active: 'success',
  ended: 'default',
};

/** The plan's status in words: Kladde, Vedtaget, Aktiv, Afsluttet. */
export const PlanStatusChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record?.status as PlanStatus | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLOUR[status]}
      variant={status === 'ended' ? 'outlined' : 'filled'}
      label={translate(`beredskab.planStatuses.${status}`)}
    />
  );
};
