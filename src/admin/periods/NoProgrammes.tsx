import { Alert } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';

/**
 * What a page about one programme says when the user sees none: the system administrator
 * that there are none yet, anyone else that they belong to none (and whom to ask).
 */
export const NoProgrammes = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <Alert severity="info" role="status" sx={{ mt: 2 }}>
      {translate(
        permissions === 'admin' ? 'beredskab.dashboard.noProgrammes' : 'beredskab.access.noMemberships',
      )}
    </Alert>
  );
};
