import { useState, type ReactNode } from 'react';
import { oidcRefusal } from '../providers/oidcRefusal';
import { useSignInOptions } from '../providers/useSignInOptions';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

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
  const why = oidcRefusal();
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
