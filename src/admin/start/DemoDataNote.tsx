import { Alert, Stack, Typography } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { RemoveDemoButton } from './RemoveDemoButton';
import { useStart } from './useStart';

/** For the system administrator, while the demo programmes are there: what they are, and the way out. */
export const DemoDataNote = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'demo' });
  const { data } = useStart();
  if (!canAccess || !data || data.demo.length === 0) return null;
  return (
    <Alert severity="info" role="status" sx={{ my: 2 }}>
      <Stack gap={1} alignItems="flex-start">
        <Typography fontWeight={600}>{translate('beredskab.start.demo.title')}</Typography>
        <Typography>
          {translate('beredskab.start.demo.text', { names: data.demo.map((p) => p.name).join(', ') })}
        </Typography>
        <RemoveDemoButton />
      </Stack>
    </Alert>
  );
};
