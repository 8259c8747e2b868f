import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDate } from '../formatting/useFormatDate';

/** An incident a plan answers: its level, day and category in words ("Rødt · 26.10.2026 · Trusler …"). */
export const IncidentChip = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!incident) return null;
  const day = format.instant(incident.occurredAt).split(' ')[0];
  const label = [
    translate(`beredskab.levels.${incident.level}`),
    day,
    translate(`beredskab.categories.${incident.category}`),
  ].join(' · ');
  return <Chip size="small" variant="outlined" label={label} clickable />;
};
