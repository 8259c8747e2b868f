import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** "Udløber inden for 7 dage" and "Mangler status", as the server derives them on every read. */
export const PlanFlags = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.endsSoon && !record?.statusOverdue) return null;
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {record.endsSoon && (
        <Chip size="small" color="warning" label={translate('resources.actionPlans.fields.endsSoon')} />
      )}
      {record.statusOverdue && (
        <Chip size="small" color="error" label={translate('resources.actionPlans.fields.statusOverdue')} />
      )}
    </Stack>
  );
};
