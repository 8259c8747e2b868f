import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useSecondFactorStatus } from '../secondFactor/useSecondFactor';

/**
 * The system administrator is an administrator too: a policy that asks administrators for a
 * factor they have not set up sends them to set it up as soon as it is saved. Said beforehand.
 */
export const OwnFactorWarning = () => {
  const translate = useTranslate();
  const policy = useWatch({ name: 'secondFactor' });
  const own = useSecondFactorStatus();
  if (policy === 'none' || !own.data || own.data.enabled) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('beredskab.settings.selfWarning')}
    </Alert>
  );
};
