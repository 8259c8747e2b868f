import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Ja or Nej in words, not an icon: a deactivated user can no longer log in. */
export const ActiveField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" color={record.active ? 'textPrimary' : 'error'}>
      {translate(record.active ? 'beredskab.yes' : 'beredskab.no')}
    </Typography>
  );
};
