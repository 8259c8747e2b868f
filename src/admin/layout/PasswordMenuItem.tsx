import KeyIcon from '@mui/icons-material/Key';
import { UserMenuLink } from './UserMenuLink';

/** "Skift adgangskode" in the user menu; every logged-in user may change their own. */
export const PasswordMenuItem = () => (
  <UserMenuLink to="/password" label="beredskab.password.title" icon={<KeyIcon fontSize="small" />} />
);
