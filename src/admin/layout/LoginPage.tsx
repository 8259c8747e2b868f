import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { OrganisationSignIn } from './OrganisationSignIn';

/** react-admin's login with the product's name, so a new user knows where they are. */
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
        <LoginForm />
      </OrganisationSignIn>
    </Login>
  );
};
