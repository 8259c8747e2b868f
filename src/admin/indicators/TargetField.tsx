import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Indicator } from '../../domain/kpiSchemas';
import { useTargetText } from './useTargetText';

/** The target rule in words, as the dashboard states it. */
export const TargetField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Indicator>();
  const text = useTargetText();
  return record ? <Typography variant="body2">{text(record)}</Typography> : null;
};
