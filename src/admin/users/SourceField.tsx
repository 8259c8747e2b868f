import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** How the user signs in: a password of the panel, or the organisation's directory. */
export const SourceField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2">
      {translate(`beredskab.signIn.sources.${(record.source as string | undefined) ?? 'local'}`)}
    </Typography>
  );
};
