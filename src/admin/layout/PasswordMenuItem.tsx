import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Link, useTranslate, useUserMenu } from 'react-admin';

/** "Skift adgangskode" in the user menu; every logged-in user may change their own. */
export const PasswordMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/password" onClick={userMenu?.onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('beredskab.password.title')}</ListItemText>
    </MenuItem>
  );
};
