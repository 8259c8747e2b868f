import { useState, type ReactNode } from 'react';
import { useSignInOptions } from '../providers/useSignInOptions';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const REFUSALS = [
  'unmapped',
  'overage',
  'localUser',
  'inactive',
  'noUsername',
  'expired',
  'failed',
  'cancelled',
  'busy',
] as const;

/** Why the identity provider's round trip ended back here, as the server named it (`?oidc=`). */
function refusal(): (typeof REFUSALS)[number] | undefined {
  const code = new URLSearchParams(window.location.search).get('oidc');
  return REFUSALS.find((r) => r === code);
}

/**
 * The organisation's sign-in above the local form (`children`). With LOCAL_LOGIN=false the
 * local form waits behind a button: it is the system administrators' way in when the directory is down.
 */
export const OrganisationSignIn = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const options = useSignInOptions();
  const [localShown, setLocalShown] = useState(false);
  if (!options) return null;
  const name = options.oidc?.name ?? '';
  const why = refusal();
  const local = options.localLogin || localShown;
  return (
    <>
      {why && (
        <Alert severity="error" role="alert" sx={{ mx: 2, mt: 2 }}>
          {translate(`beredskab.signIn.errors.${why}`, { name })}
        </Alert>
      )}
      {options.oidc && (
        <Box sx={{ px: 2, pt: 2 }}>
          <Button variant="contained" fullWidth size="large" href="/api/auth/oidc/login">
            {translate('beredskab.signIn.withOrganisation', { name })}
          </Button>
          {local && (
            <Typography variant="body2" color="text.secondary" align="center" sx={{ mt: 2 }}>
              {translate('beredskab.signIn.or')}
            </Typography>
          )}
        </Box>
      )}
      {local ? (
        children
      ) : (
        <Box sx={{ px: 2, py: 2, textAlign: 'center' }}>
          <Button variant="text" onClick={() => setLocalShown(true)}>
            {translate('beredskab.signIn.localForAdmins')}
          </Button>
        </Box>
      )}
    </>
  );
};
