import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The logged record's kind in words ("Hændelse"); a login names none. */
export const ResourceNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const resource = record?.resource as string | null | undefined;
  return (
    <Typography variant="body2" component="span">
      {resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: resource }) : '–'}
    </Typography>
  );
};
