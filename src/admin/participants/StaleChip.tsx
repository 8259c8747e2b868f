import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Marks a contact not verified within 12 months (the server computes `stale`). */
export const StaleChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.stale) return null;
  return <Chip size="small" color="warning" label={translate('resources.participants.fields.stale')} />;
};
