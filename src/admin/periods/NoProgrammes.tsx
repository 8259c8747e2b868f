import { Alert, Stack } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { CreateLink } from '../nextSteps/CreateLink';
import { ChecklistLink } from '../nextSteps/ChecklistLink';

/**
 * What a page about one programme says when the user sees none: the system administrator
 * that there are none yet, with the first step, anyone else that they belong to none (and whom to ask).
 */
export const NoProgrammes = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (permissions !== 'admin')
    return (
      <Alert severity="info" role="status" sx={{ mt: 2 }}>
        {translate('beredskab.access.noMemberships')}
      </Alert>
    );
  return (
    <Alert severity="info" role="status" sx={{ mt: 2 }}>
      <Stack gap={1} alignItems="flex-start">
        {translate('beredskab.empty.noProgrammes')}
        <CreateLink resource="programmes" label="beredskab.empty.next.programmes" />
        <ChecklistLink />
      </Stack>
    </Alert>
  );
};
