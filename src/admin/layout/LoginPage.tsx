import { Typography } from '@mui/material';
import { Login, useTranslate } from 'react-admin';
import { SignInSteps } from '../secondFactor/SignInSteps';
import { OrganisationSignIn } from './OrganisationSignIn';

/**
 * react-admin's login with the product's name, so a new user knows where they are: the
 * organisation's sign-in when there is one, and the local form, which goes on to the second
 * factor when the server asks for it.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center" sx={{ mt: 1 }}>
        {translate('beredskab.appName')}
      </Typography>
      <Typography variant="body2" color="text.secondary" align="center" sx={{ px: 2 }}>
        {translate('beredskab.appTagline')}
      </Typography>
      <OrganisationSignIn>
        <SignInSteps />
      </OrganisationSignIn>
    </Login>
  );
};
